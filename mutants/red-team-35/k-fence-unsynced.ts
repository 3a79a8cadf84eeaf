// @ts-nocheck
// Kernel: "a fence is only a marker" — a FENCE record is appended and the query answered at
// once; the fence becomes durable with the next decision's sync. A crash before that loses the
// fence, and a dispatch of the request still in the network executes after the operator was
// told "not executed" (spec 4.3, 7.2).
import { BaseKernel } from './lib/kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends BaseKernel {
  decideDurably(record) {
    if (record.kind === 'FENCE') {
      this.port.append(record);
      this.replay(record);
      probe('k-fence-unsynced', `FENCE ${record.requestId} answered unsynced`);
      return;
    }
    super.decideDurably(record);
  }
}
export default sutWith('k-fence-unsynced', { createKernel: (p, c) => new K(p, c) });
