// @ts-nocheck
// MUTANT (7.1, 9): the kernel words a rejection once per (code, collection) and reuses that text
// for every later rejection with the same code about the same collection — including the REJECT
// record it writes. An INDEX_EXISTS / NO_SUCH_INDEX rejection for field "b" then says field "a":
// another request's rejection text, naming the right collection.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
import { KernelState } from '../../src/kernel-state.ts';

function coll(op) { return op.name ?? op.collection ?? op.from ?? ''; }
class K extends Kernel {
  texts = new Map();
  constructor(port, config) {
    super(port, config);
    this.state.decide = (op) => {
      const r = KernelState.prototype.decide.call(this.state, op);
      if (r === null) return null;
      const key = r.code + '|' + /"([^"]+)"/.exec(r.text)[1]; // the collection its own text names
      if (!this.texts.has(key)) this.texts.set(key, r.text);
      return { code: r.code, text: this.texts.get(key) };
    };
  }
}
export default { ...reference, name: 'kernel-rejection-text-reused-per-collection', createKernel: (p, c) => new K(p, c) };
