// @ts-nocheck
// breaks spec 5.3 (recovery MUST rely on kernel state only) and 10: held kernel decisions are logged (INTENT) with their batch; after a restart an outcome query about one is answered from that log, not from the kernel.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  hookSend(to, message) {
    if (message.kind === 'answer' && (message.source === 'kernel-decision' || message.source === 'kernel-duplicate' || message.source === 'kernel-query') && message.outcome !== 'unknown')
      this.disk.append({ kind: 'INTENT', data: JSON.stringify(message) }), (this.batch.unsynced = true), this.arm();
    super.hookSend(to, message);
  }
  onStart() {
    super.onStart();
    this.known = new Map();
    for (const r of this.disk.records()) if (r.kind === 'INTENT') { const m = JSON.parse(r.data); this.known.set(m.requestId, m); }
  }
  onMessage(from, message) {
    if (from !== this.config.kernel && message.kind === 'outcome-query' && this.known && this.known.has(message.requestId)) {
      const m = this.known.get(message.requestId);
      probe('answer-from-log ' + m.requestId + ' ' + m.outcome);
      this.hookSend(from, { ...m, source: 'kernel-query' });
      return;
    }
    super.onMessage(from, message);
  }
}
export default makeSut('rt33 gc-answer-from-log', M);
