// @ts-nocheck
// breaks spec 6.2/9 (every detected duplicate logged): a duplicate confirm of a request whose dispatch still awaits the kernel is not logged ("its outcome record will follow").
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  onMessage(from, message) {
    this.skipDup = from !== this.config.kernel && message.kind === 'confirm' && this.dispatched.has(message.requestId) && this.timers.has(message.requestId);
    try { super.onMessage(from, message); } finally { this.skipDup = false; }
  }
  hookAppend(record) {
    if (this.skipDup && record.kind === 'AUDIT' && record.failure === 'duplicate-request') { probe('dup-skip-inflight ' + record.requestId); return; }
    super.hookAppend(record);
  }
}
export default makeSut('rt33 gc-dup-skip-inflight', M);
