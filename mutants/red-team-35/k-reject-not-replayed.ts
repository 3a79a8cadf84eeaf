// @ts-nocheck
// Kernel: on restart it replays EXEC and FENCE records but not REJECT ones ("a rejection has
// no effect to rebuild"). A late copy of a rejected dispatch after a kernel restart is decided
// again, and may execute if the state changed meanwhile (6.2: duplicates rejected deterministically).
import { BaseKernel } from './lib/kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends BaseKernel {
  onStart() {
    this.skipped = new Set();
    for (const record of this.port.records()) {
      if (record.kind === 'REJECT') { this.skipped.add(record.requestId); continue; }
      this.replay(record);
    }
  }
  onDispatch(from, message) {
    if (this.skipped.has(message.requestId) && !this.decisions.has(message.requestId)) {
      probe('k-reject-not-replayed', `dispatch ${message.requestId} of a rejected request decided afresh after restart`);
    }
    super.onDispatch(from, message);
  }
  onQuery(from, message) {
    if (this.skipped.has(message.requestId) && !this.decisions.has(message.requestId)) {
      probe('k-reject-not-replayed', `query ${message.requestId} of a rejected request fenced after restart`);
    }
    super.onQuery(from, message);
  }
}
export default sutWith('k-reject-not-replayed', { createKernel: (p, c) => new K(p, c) });
