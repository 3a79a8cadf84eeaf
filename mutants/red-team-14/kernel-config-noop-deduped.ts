// @ts-nocheck
// "Setting a config key to the value it already has is idempotent": the kernel answers such
// a dispatch as a DUPLICATE of the request that set that value (first=EXEC) and writes no
// record for it. The operator is told "executed" for a request the kernel never decided;
// a later fenced query for it fences it and says "not executed". Breaks 6.2 (duplicates are
// copies of one request, not equal requests), 4.3, 7.2.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class NoopDedupKernel extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch' && message.operation.kind === 'set-config' && !this.decisions.has(message.requestId)
        && this.state.config.get(message.operation.key) === message.operation.value) {
      this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first: { kind: 'EXEC' } });
      return;
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'red14-kernel-config-noop-deduped', createKernel: (p, c) => new NoopDedupKernel(p, c) };
