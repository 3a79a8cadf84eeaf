// @ts-nocheck
// MUTANT (7.2, 11): the intent-log kernel, which logs no REJECT record — "a rejection changes
// nothing, so there is nothing to make durable"; the rejection is replied from memory. After
// a restart every logged intent with no EXEC looks pending, and is rolled forward against the
// state as it is now: a request the operator was told was rejected can execute (a collection
// since dropped is created after all), long after it was decided.
import { reference } from '../../src/index.ts';
import { WalKernel } from './correct-kernel-intent-wal.ts';

class K extends WalKernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch' && !this.decisions.has(message.requestId)) {
      const rejection = this.state.decide(message.operation);
      if (rejection !== null) {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, operation: message.operation }) });
        this.port.sync();
        this.decisions.set(message.requestId, { kind: 'REJECT', rejection });
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'REJECT', rejection } });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'red18-kernel-wal-rejections-unlogged', createKernel: (p, c) => new K(p, c) };
