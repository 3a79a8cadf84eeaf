// MUTANT (spec 4.3 "The execution outcome MUST be determined from kernel state … If kernel
// state reflects execution → action succeeded · Otherwise → action did not occur"; 1 "MUST
// NOT create ambiguity about what has or has not executed"). The kernel's answer to a fenced
// outcome query sets `executed: true` for every id it had already decided — "was it
// handled?" — so a REJECTed request is reported `executed: true, first: REJECT`. The `first`
// field is right, so the reference control plane (which reads `first`) still shows the right
// outcome; but the kernel's own statement of what executed is false, and any control plane
// or tool that reads the protocol's `executed` flag reports a rejected request as executed.
// Shows: every outcome query about a request the kernel rejected.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

class HandledMeansExecuted extends Kernel {
  constructor(port: any, config: any) {
    const p = Object.create(port);
    p.send = (to: number, m: any) => port.send(to, m.kind === 'query-answer' && m.first.kind === 'REJECT' ? { ...m, executed: true } : m);
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-kernel-query-flag-decided-as-executed',
  createKernel: (port, config) => new HandledMeansExecuted(port, config),
};
export default sut;
