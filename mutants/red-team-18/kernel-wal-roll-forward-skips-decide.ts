// @ts-nocheck
// MUTANT (7.2, 11): the intent-log kernel rolls a logged intent forward at start without
// deciding it again: "it was logged, so it was accepted". An intent that would have been
// rejected (a collection that exists, an index past the limit, a missing collection) is
// executed as a single EXEC record — applied in part, or over what is there.
import { reference } from '../../src/index.ts';
import { WalKernel } from './correct-kernel-intent-wal.ts';

class K extends WalKernel {
  rollForward(p) {
    this.decideDurably({ kind: 'EXEC', requestId: p.requestId, operation: p.operation });
  }
}
export default { ...reference, name: 'red18-kernel-wal-roll-forward-skips-decide', createKernel: (p, c) => new K(p, c) };
