// @ts-nocheck
// correct (spec 5.1, 9): as correct-wal-confirm, and the flush that sends a held dispatch appends an INTENT "sent" marker, which the next batch syncs (answers wait for that sync too).
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.heldDispatch = []; }
  hookSend(to, message) {
    if (message.kind === 'dispatch') {
      this.disk.append({ kind: 'INTENT', data: 'confirmed ' + message.requestId });
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
      this.disk.append({ kind: 'INTENT', data: 'sent ' + message.requestId });
      this.batch.unsynced = true; this.arm();
      this.startKernelTimer(message.requestId);
    }
    this.releaseAll();
  }
}
export default makeSut('rt33 correct-wal-confirm-sent', M);
