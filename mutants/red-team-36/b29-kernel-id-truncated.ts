// @ts-nocheck
// Breaks 6.2 and 4.3 (the outcome of a request is its own kernel state): the kernel keys its
// decisions by the first 3 characters of the request id (a fixed-width id column), so r300 is
// taken for a duplicate of r30 and answered with r30's decision — or r30's FENCE blocks it.
import { Kernel, probe, sut } from './lib/common.ts';

const key = (id) => id.slice(0, 3);
class K extends Kernel {
  constructor(port, config) {
    super(port, config);
    const d = new Map(); const full = new Map();
    this.decisions = {
      get: (id) => { const k = key(id); if (d.has(k) && full.get(k) !== id) probe('b29-kernel-id-truncated', `${id} collides with ${full.get(k)}`); return d.get(k); },
      has: (id) => d.has(key(id)),
      set: (id, v) => { d.set(key(id), v); full.set(key(id), id); },
    };
  }
}
export default sut('b29-kernel-id-truncated', { createKernel: (p, c) => new K(p, c) });
