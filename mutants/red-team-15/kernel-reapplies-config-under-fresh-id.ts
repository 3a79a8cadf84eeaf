// @ts-nocheck
// MUTANT (6.2): as kernel-reapplies-config-duplicates, but the re-application is logged under a
// fresh internal id, so the log never holds two EXECs of one request id; the control plane still
// gets a clean DUPLICATE naming the first decision. A late copy of a set-config dispatch that
// arrives after another set-config of the same key silently executes again.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
class K extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch' && message.operation.kind === 'set-config' && this.decisions.get(message.requestId)?.kind === 'EXEC'
        && this.state.config.get(message.operation.key) !== message.operation.value) {
      this.decideDurably({ kind: 'EXEC', requestId: `${message.requestId}~${this.port.drawId()}`, operation: message.operation });
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'kernel-reapplies-config-under-fresh-id', createKernel: (port, config) => new K(port, config) };
