// @ts-nocheck
// correct (spec 4.3, 9): "observed" replies are held with the answers while the batch has unsynced records, so each client's replies keep their order.
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  shouldHold(to, m) { return this.batch.unsynced && (m.kind === 'answer' || m.kind === 'observed'); }
}
export default makeSut('rt33 correct-hold-observed', M);
