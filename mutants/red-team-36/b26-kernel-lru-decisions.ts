// @ts-nocheck
// Breaks 6.2 ("the kernel MUST reject duplicates deterministically"; "Silent duplicate
// execution is forbidden") and 4.3: the kernel keeps only the 40 most recent decisions in
// memory (an LRU, "the log has the rest"); a late copy of a dispatch whose decision was
// evicted is decided again — executed a second time, or given a new decision that contradicts
// the first (a fenced query then reports the newer one).
import { Kernel, probe, sut } from './lib/common.ts';

const CAP = 40;
class K extends Kernel {
  constructor(port, config) {
    super(port, config);
    const d = this.decisions;
    const order = [];
    const self = this;
    this.decisions = {
      get: (id) => d.get(id),
      has: (id) => d.has(id),
      set: (id, v) => {
        d.set(id, v); order.push(id);
        while (order.length > CAP) d.delete(order.shift());
        return self.decisions;
      },
    };
    this.port0 = port;
  }
  onMessage(from, message) {
    if (message.kind === 'dispatch' && !this.decisions.has(message.requestId)
      && this.port0.records().some((r) => r.requestId === message.requestId && r.kind !== 'AUDIT')) {
      probe('b26-kernel-lru-decisions', `${message.requestId} decided again`);
    }
    super.onMessage(from, message);
  }
}
export default sut('b26-kernel-lru-decisions', { createKernel: (p, c) => new K(p, c) });
