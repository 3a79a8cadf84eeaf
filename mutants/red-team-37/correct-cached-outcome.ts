// @ts-nocheck
// CORRECT (unusual). Spec 4.3 / 7.1 (outcome determined from kernel state; rejection verbatim):
// the control plane remembers, in memory and for this incarnation only, the first decisions
// the kernel itself sent it (decision, DUPLICATE or query-answer). An outcome query about such
// a request is answered from that kernel decision (labelled with the source it came from:
// kernel-decision, kernel-duplicate or kernel-query; rejection verbatim) without another fenced query: a kernel's first decision is final, so this is
// still the kernel's state, not a guess. Anything it has not heard from the kernel goes to the
// kernel as in the reference. Nothing survives a restart (spec 10).
import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';

class Cached extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.cfg = config; this.known = new Map(); }
  onMessage(from, m) {
    if (from === this.cfg.kernel) {
      if (m.kind === 'decision') this.known.set(m.requestId, { d: m.decision, source: 'kernel-decision' });
      if (m.kind === 'duplicate' && m.first.kind !== 'FENCE') this.known.set(m.requestId, { d: m.first, source: 'kernel-duplicate' });
      if (m.kind === 'query-answer' && m.first.kind !== 'FENCE') this.known.set(m.requestId, { d: m.first, source: 'kernel-query' });
    } else if (m.kind === 'outcome-query' && this.known.has(m.requestId) && !this.timers.has(m.requestId)) {
      const { d, source } = this.known.get(m.requestId);
      const rejection = d.kind === 'REJECT' ? d.rejection : null;
      const outcome = d.kind === 'EXEC' ? 'executed' : 'not-executed';
      // an outcome the audit log still holds as unknown is resolved there first (spec 9)
      if (this.unresolved.has(m.requestId)) this.audit('outcome-resolved', m.requestId, outcome);
      this.p.send(from, { kind: 'answer', requestId: m.requestId, outcome, source, rejection, text: rejection ? rejection.text : outcome === 'executed' ? 'executed' : 'not executed' });
      return;
    }
    super.onMessage(from, m);
  }
}
export default { ...reference, name: 'correct-cached-outcome', createControlPlane: (port, config) => new Cached(port, config) };
