// @ts-nocheck
// Group-commit kernel: reads are answered at once from memory ("a read decides nothing, why hold
// it"), so an observe can show a decision still in the unsynced batch; a crash then loses it and
// the operator saw a state that never was durable (4.3, 10).
import { GcKernel } from './lib/gc-kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
const shown = new Set(); // probe only: ids whose unsynced decision a read showed, this run
class K extends GcKernel {
  onStart() {
    if (this.port.now() === 0) shown.clear();
    else {
      const ids = new Set(this.port.records().map((r) => r.requestId));
      for (const id of shown) if (!ids.has(id)) probe('k-gc-read-memory', `HARM: a read showed ${id}'s decision, lost in the crash`);
    }
    super.onStart();
  }
  replyRead(from, requestId) {
    if (this.unsynced.size > 0) {
      probe('k-gc-read-memory', `state ${requestId} sent with ${this.unsynced.size} unsynced decision(s)`);
      for (const id of this.unsynced) shown.add(id);
    }
    this.port.send(from, { kind: 'state', requestId, state: this.state.view() });
  }
}
export default sutWith('k-gc-read-memory', { createKernel: (p, c) => new K(p, c) });
