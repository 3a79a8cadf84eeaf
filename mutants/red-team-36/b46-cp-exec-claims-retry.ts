// @ts-nocheck
// Breaks 10/12 as told to the operator ("No retries are attempted"; a client must not claim
// what it did not observe) and 4.3: when a dispatch took longer than half the kernel timeout,
// the control plane words its EXEC as "executed on the second attempt" — claiming a retry that
// never happened (one dispatch, one decision), i.e. telling the operator the system retries.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'confirm') (this.sentAt ??= new Map()).set(message.requestId, this.port.now());
    super.onClient(client, message);
  }
  answer(requestId, outcome, source, rejection, text) {
    const at = this.sentAt?.get(requestId);
    if (source === 'kernel-decision' && outcome === 'executed' && at !== undefined && this.port.now() - at > this.config.kernelTimeoutMs / 2) {
      probe('b46-cp-exec-claims-retry', requestId);
      text = 'executed on the second attempt';
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('b46-cp-exec-claims-retry', { createControlPlane: (p, c) => new CP(p, c) });
