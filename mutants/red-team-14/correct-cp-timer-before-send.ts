// @ts-nocheck
// CORRECT alternative. The control plane arms its kernel timer before it sends a dispatch or
// a fenced query, instead of after (the timer covers the send itself). A crash between the
// two kills the timer with the incarnation; nothing else differs.
import { ControlPlane, CHALLENGE_EXPIRED } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';

class TimerFirstControlPlane extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const challenge = this.challenges.get(message.token);
      if (challenge === undefined || challenge.requestId !== message.requestId) { super.onClient(client, message); return; }
      this.challenges.delete(message.token);
      this.dispatched.add(message.requestId);
      this.wait(message.requestId, client);
      this.startKernelTimer(message.requestId);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: challenge.operation });
      return;
    }
    if (message.kind === 'outcome-query') {
      this.wait(message.requestId, client);
      this.startKernelTimer(message.requestId);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'red14-correct-cp-timer-before-send', createControlPlane: (p, c) => new TimerFirstControlPlane(p, c) };
