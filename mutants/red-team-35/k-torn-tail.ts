// @ts-nocheck
// Kernel: defensive against a torn last write, it drops the log's last record on restart when
// that record is a FENCE ("a fence written as the process died may be half-written"). But the
// disk keeps only whole synced records, so a synced fence whose answer was told is forgotten
// and a dispatch still in the network executes (4.3, 7.2).
import { BaseKernel } from './lib/kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends BaseKernel {
  onStart() {
    const recs = this.port.records();
    const last = recs.length - 1;
    this.dropped = null;
    recs.forEach((record, i) => {
      if (i === last && record.kind === 'FENCE') { this.dropped = record.requestId; probe('k-torn-tail', `dropped trailing FENCE ${record.requestId} on restart`); return; }
      this.replay(record);
    });
  }
  onDispatch(from, message) {
    if (this.dropped === message.requestId && !this.decisions.has(message.requestId)) probe('k-torn-tail', `dispatch ${message.requestId} of a forgotten fence decided afresh`);
    super.onDispatch(from, message);
  }
}
export default sutWith('k-torn-tail', { createKernel: (p, c) => new K(p, c) });
