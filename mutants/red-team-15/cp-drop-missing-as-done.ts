// @ts-nocheck
// MUTANT (7.1): the kernel's NO_SUCH_COLLECTION / NO_SUCH_INDEX rejection of a drop is
// reinterpreted as success ("already gone: the desired state holds"): the operator is told
// "executed" with no rejection. The audit log still records the rejection truthfully.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class CP extends ControlPlane {
  ops = new Map();
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) this.ops.set(ch.requestId, ch.operation);
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    const op = this.ops.get(reply.requestId);
    if (reply.kind === 'decision' && reply.decision.kind === 'REJECT' && op !== undefined && (op.kind === 'drop-collection' || op.kind === 'drop-index')
        && (reply.decision.rejection.code === 'NO_SUCH_COLLECTION' || reply.decision.rejection.code === 'NO_SUCH_INDEX')) {
      this.stopKernelTimer(reply.requestId);
      this.audit('kernel-rejection', reply.requestId, 'not-executed');
      this.answer(reply.requestId, 'executed', 'kernel-decision', null, 'already gone — nothing to do');
      return;
    }
    super.onKernel(reply);
  }
}
export default { ...reference, name: 'cp-drop-missing-as-done', createControlPlane: (port, config) => new CP(port, config) };
