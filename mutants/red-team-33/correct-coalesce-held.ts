// @ts-nocheck
// correct? (spec 4.3, 9): when the kernel's decision about R arrives while R's "timeout — unknown" answer is still held (never told), the held answer is replaced by the kernel's decision; both failures stay logged.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.lastHeld = new Map(); }
  hookSend(to, message) {
    if (message.kind === 'answer' && this.batch.unsynced) {
      const i = this.batch.held.findIndex((h) => h.to === to && h.message.requestId === message.requestId && h.message.source === 'timeout');
      if (i >= 0 && message.source !== 'timeout') {
        probe('coalesce ' + message.requestId + ' unknown->' + message.outcome);
        this.batch.held[i] = { to, message };
        return;
      }
    }
    super.hookSend(to, message);
  }
  report(requestId, first, source, failure) {
    // the clients whose timeout answer is still held are still owed the kernel's word
    const owed = this.batch.held.filter((h) => h.message.requestId === requestId && h.message.source === 'timeout').map((h) => h.to);
    for (const c of owed) this.wait(requestId, c);
    super.report(requestId, first, source, failure);
  }
}
export default makeSut('rt33 correct-coalesce-held', M);
