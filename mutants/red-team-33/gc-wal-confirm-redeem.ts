// @ts-nocheck
// breaks spec 5.1/10 (crash before dispatch → did not execute; no in-flight state recovered): a group-committed confirm (synced INTENT) whose dispatch a crash stopped is dispatched by the next incarnation when a copy of that confirm arrives.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.heldDispatch = []; }
  onStart() {
    super.onStart();
    this.owed = new Map();
    for (const r of this.disk.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.confirmed) this.owed.set(d.requestId, d);
      if (d.sent) this.owed.delete(d.requestId);
    }
  }
  onMessage(from, message) {
    if (from !== this.config.kernel && message.kind === 'confirm' && this.owed && this.owed.has(message.requestId)) {
      const d = this.owed.get(message.requestId);
      this.owed.delete(message.requestId);
      if (d.token === message.token) {
        probe('wal-confirm-redeem ' + message.requestId);
        this.dispatched.add(message.requestId);
        this.wait(message.requestId, from);
        this.hookSend(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: d.operation });
        return;
      }
    }
    if (from !== this.config.kernel && message.kind === 'confirm') this.lastToken = message.token;
    super.onMessage(from, message);
  }
  hookAppend(record) {
    for (const id of this.sentMarks || []) this.disk.append({ kind: 'INTENT', data: JSON.stringify({ sent: true, requestId: id }) });
    this.sentMarks = [];
    super.hookAppend(record);
  }
  hookSend(to, message) {
    if (message.kind === 'dispatch') {
      for (const id of this.sentMarks || []) this.disk.append({ kind: 'INTENT', data: JSON.stringify({ sent: true, requestId: id }) });
      this.sentMarks = [];
      this.disk.append({ kind: 'INTENT', data: JSON.stringify({ confirmed: true, requestId: message.requestId, token: this.lastToken, operation: message.operation }) });
      this.batch.unsynced = true;
      this.arm();
      this.heldDispatch.push({ to, message });
      return;
    }
    super.hookSend(to, message);
  }
  flush() {
    this.disk.sync();
    this.batch.unsynced = false;
    const d = this.heldDispatch; this.heldDispatch = [];
    for (const { to, message } of d) {
      this.disk.send(to, message);
      this.sentMarks = this.sentMarks || [];
      this.sentMarks.push(message.requestId);
      this.startKernelTimer(message.requestId);
    }
    this.releaseAll();
  }
}
export default makeSut('rt33 gc-wal-confirm-redeem', M);
