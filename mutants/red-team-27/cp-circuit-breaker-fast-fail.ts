// @ts-nocheck
// A circuit breaker: after a kernel timeout the kernel is "down" until it is next heard from.
// While down, a confirmed request is not dispatched; it is answered at once "not executed"
// and audited as a kernel-timeout, with no ask behind it.
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  kernelDown = false;
  onTimer(name, id) {
    if (this.timers.has(name)) this.kernelDown = true;
    super.onTimer(name, id);
  }
  onKernel(reply) {
    this.kernelDown = false;
    super.onKernel(reply);
  }
  onClient(client, message) {
    if (this.kernelDown && message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        probe('fast-fail', message.requestId);
        this.challenges.delete(message.token);
        this.dispatched.add(message.requestId);
        this.wait(message.requestId, client);
        this.audit('kernel-timeout', message.requestId, 'not-executed');
        this.answer(message.requestId, 'not-executed', 'timeout', null, 'kernel unavailable — not executed');
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default sutWith('red27-cp-circuit-breaker-fast-fail', CP);
