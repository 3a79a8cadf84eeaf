// @ts-nocheck
// correct (spec 4.2, 9): challenges are held with the answers while the batch has unsynced records (each client's messages keep their order).
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase {
  shouldHold(to, m) { return this.batch.unsynced && (m.kind === 'answer' || m.kind === 'challenge'); }
}
export default makeSut('rt33 correct-hold-challenges', M);
