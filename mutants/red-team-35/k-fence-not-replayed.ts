// @ts-nocheck
// Kernel: on restart it rebuilds data state and decisions from EXEC and REJECT records, but
// skips FENCE records ("a fence only guards the incarnation that answered the query"). A
// dispatch of a fenced request that arrives after a kernel restart then executes (4.3, 7.2).
import { BaseKernel } from './lib/kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends BaseKernel {
  onStart() {
    this.skipped = new Set();
    for (const record of this.port.records()) {
      if (record.kind === 'FENCE') { this.skipped.add(record.requestId); continue; }
      this.replay(record);
    }
  }
  onDispatch(from, message) {
    if (this.skipped.has(message.requestId) && !this.decisions.has(message.requestId)) {
      probe('k-fence-not-replayed', `dispatch ${message.requestId} of a fenced request decided afresh after restart`);
    }
    super.onDispatch(from, message);
  }
}
export default sutWith('k-fence-not-replayed', { createKernel: (p, c) => new K(p, c) });
