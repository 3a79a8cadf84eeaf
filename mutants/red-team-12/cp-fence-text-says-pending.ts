// MUTANT (spec 1 "They MUST NOT create ambiguity about what has or has not executed"; 4.3
// "Otherwise → action did not occur"; 13 "Rejection over uncertainty"). When a fenced query
// finds that a request never executed (the kernel's first decision is FENCE: it did not
// execute and now never can), the control plane answers outcome 'not-executed' but words it
// "not executed yet — still pending at the kernel, check again later". The operator is told
// the request may still run, waits, and does not re-issue; or re-issues and expects two
// executions. The fence made the outcome final; the words make it ambiguous again.
// Shows: every outcome query (or dispatch copy) answered from a FENCE.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';

const TEXT = 'not executed yet — still pending at the kernel, check again later';

class PendingFence extends ControlPlane {
  constructor(port: Port, config: ControlPlaneConfig) {
    const p = Object.create(port) as Port;
    p.send = (to, m) =>
      port.send(to, m.kind === 'answer' && m.outcome === 'not-executed' && m.rejection === null && m.source !== 'validation' ? { ...m, text: TEXT } : m);
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-cp-fence-text-says-pending',
  createControlPlane: (port, config) => new PendingFence(port, config),
};
export default sut;
