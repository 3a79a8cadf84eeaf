// @ts-nocheck
// Correct (client-side cache of final answers): an ask-outcome about a request for which this client already showed a kernel decision (kernel-decision / kernel-duplicate / kernel-query) or a validation rejection re-displays that answer; kernel decisions are final (7.1) and come from kernel state (4.3).
import { Client } from '../../src/client.ts';
import { probe, sut } from './_sut.ts';
const FINAL = new Set(['kernel-decision', 'kernel-duplicate', 'kernel-query', 'validation']);
class C extends Client {
  finals = new Map();
  onMessage(from, m) {
    const r = this.requests.get(m.requestId);
    const shown = m.kind === 'answer' && r !== undefined && r.phase !== 'done' && r.phase !== 'challenged';
    super.onMessage(from, m);
    if (shown && FINAL.has(m.source) && m.outcome !== 'unknown') this.finals.set(m.requestId, m);
  }
  onOperator(c) {
    if (c.kind === 'ask-outcome' && this.finals.has(c.requestId)) {
      probe('correct-client-cache-final');
      const m = this.finals.get(c.requestId);
      this.port.display({ kind: 'outcome', requestId: m.requestId, outcome: m.outcome, source: m.source, rejection: m.rejection, text: m.text });
      return;
    }
    super.onOperator(c);
  }
}
export default sut('correct-client-cache-final', { createClient: (p, c) => new C(p, c) });
