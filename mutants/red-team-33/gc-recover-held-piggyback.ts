// @ts-nocheck
// breaks spec 10 (no in-flight state recovered): as gc-recover-held, but the answers a crash kept from going out are re-sent when that client next writes to the new incarnation.
import { makeSut, probe } from './lib/gcbase.ts';
import { M as Base } from './gc-recover-held.ts';
class M extends Base {
  onStart() {
    Object.getPrototypeOf(Base.prototype).onStart.call(this);
    this.owed = this.recovered();
  }
  onMessage(from, message) {
    super.onMessage(from, message);
    if (!this.owed || from === this.config.kernel) return;
    const mine = this.owed.filter((h) => h.to === from);
    this.owed = this.owed.filter((h) => h.to !== from);
    for (const { to, message: m } of mine) {
      probe('recover-held-piggyback resend ' + m.requestId + ' ' + m.outcome + ' to ' + to);
      this.release(to, m);
    }
  }
}
export default makeSut('rt33 gc-recover-held-piggyback', M);
