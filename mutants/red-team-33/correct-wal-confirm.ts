// @ts-nocheck
// correct (spec 4.2, 5.1, 9): a confirm is group-committed too — an INTENT "confirmed" is appended and the dispatch is held until the batch's sync; a crash before it means no kernel request (5.1).
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
    for (const { to, message } of d) { this.disk.send(to, message); this.startKernelTimer(message.requestId); }
    this.releaseAll();
  }
}
export default makeSut('rt33 correct-wal-confirm', M);
