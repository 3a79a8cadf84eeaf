// @ts-nocheck
// A restarted kernel replays its log lazily, on the first dispatch or fenced query ("the
// write path needs the decision table; reads can start at once"). Reads that arrive
// before that are answered from the unreplayed (empty) state. inspect() reports the
// durable state. An operator who observes right after a kernel restart is shown a state in
// which nothing ever executed. Breaks 4.3 / 10 (observation shows kernel state).
import { Kernel } from '../../src/kernel.ts';
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';

class LazyReplayKernel extends Kernel {
  onStart() { this.loaded = false; }
  ensureLoaded() {
    if (this.loaded) return;
    this.loaded = true;
    for (const record of this.port.records()) this.replay(record);
  }
  onMessage(from, message) {
    if (message.kind === 'dispatch' || message.kind === 'fenced-query') this.ensureLoaded();
    super.onMessage(from, message);
  }
  inspect() {
    if (this.loaded) return this.state.view();
    const s = new KernelState();
    const seen = new Set();
    for (const r of this.port.records()) {
      if (seen.has(r.requestId)) continue;
      seen.add(r.requestId);
      if (r.kind === 'EXEC') s.apply(r.operation);
    }
    return s.view();
  }
}
export default { ...reference, name: 'red14-kernel-lazy-replay', createKernel: (p, c) => new LazyReplayKernel(p, c) };
