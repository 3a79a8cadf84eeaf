// @ts-nocheck
// Kernel: "a rejection changes no data, so it need not be synced" — a REJECT record is appended
// and replied at once, left for the next decision's sync to carry. A crash before that sync
// loses a rejection the operator was already told; a late copy of the dispatch is then decided
// afresh (spec 7.2, 6.2: replies only speak of durable decisions).
import { BaseKernel } from './lib/kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends BaseKernel {
  decideDurably(record) {
    if (record.kind === 'REJECT') {
      this.port.append(record);
      this.replay(record);
      probe('k-reject-unsynced', `REJECT ${record.requestId} replied unsynced`);
      return;
    }
    super.decideDurably(record);
  }
}
export default sutWith('k-reject-unsynced', { createKernel: (p, c) => new K(p, c) });
