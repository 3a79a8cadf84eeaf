// @ts-nocheck
// breaks spec 10 (no in-flight state recovered; restart = observe only): held answers are written ahead (INTENT) with their batch; a restart re-sends every held answer the crash kept from going out.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
export class M extends GCBase {
  hookSend(to, message) {
    if (this.shouldHold(to, message)) {
      this.disk.append({ kind: 'INTENT', data: JSON.stringify({ held: true, to, message }) });
      this.batch.held.push({ to, message });
    } else this.disk.send(to, message);
  }
  release(to, message) {
    this.disk.send(to, message);
    this.disk.append({ kind: 'INTENT', data: JSON.stringify({ released: true, to, requestId: message.requestId }) });
    this.batch.unsynced = true;
    this.arm();
  }
  recovered() {
    const out = [];
    for (const r of this.disk.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.held) out.push(d);
      else if (d.released) { const i = out.findIndex((h) => h.to === d.to && h.message.requestId === d.requestId); if (i >= 0) out.splice(i, 1); }
    }
    return out;
  }
  onStart() {
    super.onStart();
    for (const { to, message } of this.recovered()) {
      probe('recover-held resend ' + message.requestId + ' ' + message.outcome + ' to ' + to);
      this.release(to, message);
    }
  }
}
export default makeSut('rt33 gc-recover-held', M);
