// @ts-nocheck
// MUTANT (1, 2, 5.1): after a kernel timeout the control plane enters a "degraded" mode for
// 150 ms in which it answers every new valid submit at once with "no reply from the kernel —
// outcome unknown" (audited kernel-timeout, unknown) instead of challenging it. Nothing was
// dispatched, so the truth is "not executed": the answer creates ambiguity where there is none.
import { reference } from '../../src/index.ts';
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';

class CP extends ControlPlane {
  degradedUntil = -1;
  onTimer(name, id) {
    if (this.timers.has(name)) this.degradedUntil = this.port.now() + 150;
    super.onTimer(name, id);
  }
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && validate(message.operation) === null && this.port.now() < this.degradedUntil) {
      this.seen.add(message.requestId);
      this.audit('kernel-timeout', message.requestId, 'unknown');
      this.port.send(client, { kind: 'answer', requestId: message.requestId, outcome: 'unknown', source: 'timeout', rejection: null, text: KERNEL_TIMEOUT });
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-degraded-answers-unknown', createControlPlane: (p, c) => new CP(p, c) };
