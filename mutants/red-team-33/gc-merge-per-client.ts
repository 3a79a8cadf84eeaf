// @ts-nocheck
// breaks spec 4.3/5.2 (outcome from kernel state): held answers are keyed by client; two for one client in a batch merge (first's request id, last's outcome).
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  releaseAll() {
    const held = this.batch.held;
    this.batch.held = [];
    const out = [];
    const byClient = new Map();
    for (const h of held) {
      const prev = byClient.get(h.to);
      if (prev === undefined) { const slot = { to: h.to, message: h.message }; byClient.set(h.to, slot); out.push(slot); continue; }
      const merged = { ...h.message, requestId: prev.message.requestId };
      if (merged.outcome !== prev.message.outcome || merged.source !== prev.message.source || merged.text !== prev.message.text) probe('merge-per-client ' + prev.message.requestId + ' ' + prev.message.outcome + '/' + prev.message.source + '->' + merged.outcome + '/' + merged.source);
      prev.message = merged;
    }
    for (const { to, message } of out) this.release(to, message);
  }
}
export default makeSut('rt33 gc-merge-per-client', M);
