// @ts-nocheck
// The kernel's answer to a fenced query says executed: true for a request it REJECTED
// ("it was processed"), while naming the REJECT as first decision. The reference control
// plane reads only `first`, so nothing an operator sees changes: a kernel message that
// misstates what executed (4.3), to see whether AeroSim judges the kernel's own replies.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class FlagKernel extends Kernel {
  constructor(port, config) {
    const wrapped = Object.create(port);
    wrapped.send = (to, m) => port.send(to, m.kind === 'query-answer' && m.first.kind === 'REJECT' ? { ...m, executed: true } : m);
    super(wrapped, config);
  }
}
export default { ...reference, name: 'red14-kernel-query-executed-flag-wrong-for-rejects', createKernel: (p, c) => new FlagKernel(p, c) };
