// @ts-nocheck
// correct (spec 9): one batch timer per client: an answer held for client C leaves when C's timer syncs the log (every record, so its own too).
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.perClient = new Map(); this.recTimer = null; }
  hookAppend(record) {
    this.disk.append(record);
    this.batch.unsynced = true;
    if (this.recTimer === null) this.recTimer = this.disk.setTimer(5, 'rt33-records');
  }
  hookSend(to, message) {
    if (this.shouldHold(to, message)) {
      let b = this.perClient.get(to);
      if (b === undefined) { b = { held: [], timer: null }; this.perClient.set(to, b); }
      b.held.push(message);
      if (b.timer === null) b.timer = this.disk.setTimer(2, 'rt33-client-' + to);
    } else this.disk.send(to, message);
  }
  onTimer(name, id) {
    if (name === 'rt33-records') { this.recTimer = null; this.disk.sync(); this.batch.unsynced = false; this.flushAllClients(); return; }
    if (name.startsWith('rt33-client-')) {
      const to = Number(name.slice('rt33-client-'.length));
      this.disk.sync();
      this.batch.unsynced = false;
      this.flushClient(to);
      return;
    }
    super.onTimer(name, id);
  }
  flushClient(to) {
    const b = this.perClient.get(to);
    if (!b) return;
    if (b.timer !== null) { this.disk.cancelTimer(b.timer); b.timer = null; }
    const held = b.held; b.held = [];
    for (const m of held) this.disk.send(to, m);
  }
  flushAllClients() { for (const to of [...this.perClient.keys()]) this.flushClient(to); }
}
export default makeSut('rt33 correct-per-client-batch', M);
