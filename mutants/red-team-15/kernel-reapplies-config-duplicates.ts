// @ts-nocheck
// MUTANT (6.2): the kernel answers a duplicate set-config with a proper DUPLICATE naming the
// first decision — but, thinking set-config idempotent, it quietly re-applies the value if the
// key has changed since (logging a second EXEC under the same id, which replay honours).
// Misbehaves only when a late dispatch copy arrives after another set-config of the same key.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
class K extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch' && message.operation.kind === 'set-config' && this.decisions.get(message.requestId)?.kind === 'EXEC'
        && this.state.config.get(message.operation.key) !== message.operation.value) {
      this.port.append({ kind: 'EXEC', requestId: message.requestId, operation: message.operation });
      this.port.sync();
      this.state.apply(message.operation);
    }
    super.onMessage(from, message);
  }
  replay(record) {
    if (record.kind === 'EXEC' && record.operation.kind === 'set-config' && this.decisions.has(record.requestId)) {
      this.state.apply(record.operation);
      return;
    }
    super.replay(record);
  }
}
export default { ...reference, name: 'kernel-reapplies-config-duplicates', createKernel: (port, config) => new K(port, config) };
