// @ts-nocheck
// Mix-up (kernel): rejection texts are memoised per rejection code, so a rejection carries
// the explanation first written for another request (naming another collection), logged
// and replied consistently.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

class MemoKernel extends Kernel {
  constructor(p, c) {
    super(p, c);
    const memo = new Map();
    const decide = this.state.decide.bind(this.state);
    this.state.decide = (op) => {
      const r = decide(op);
      if (r === null) return r;
      if (!memo.has(r.code)) memo.set(r.code, r.text);
      return { code: r.code, text: memo.get(r.code) };
    };
  }
}
export default { ...reference, name: 'kernel-rejection-text-reused-per-code', createKernel: (p, c) => new MemoKernel(p, c) };
