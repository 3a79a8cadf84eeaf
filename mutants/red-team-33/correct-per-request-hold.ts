// @ts-nocheck
// correct (spec 9): an answer is held only while its own request has an unsynced audit record; answers about other requests go at once.
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.dirty = new Set(); }
  hookAppend(record) { if (record.kind === 'AUDIT') this.dirty.add(record.requestId); super.hookAppend(record); }
  shouldHold(to, m) { return m.kind === 'answer' && this.dirty.has(m.requestId); }
  flush() { this.dirty.clear(); super.flush(); }
}
export default makeSut('rt33 correct-per-request-hold', M);
