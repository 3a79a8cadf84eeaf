// @ts-nocheck
// breaks spec 1 (MUST NOT alter kernel state implicitly) and 10: releasing a held "timeout — unknown" answer also sends a fenced query of that request that no operator asked for.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  release(to, message) {
    super.release(to, message);
    if (message.kind === 'answer' && message.source === 'timeout') {
      probe('fence-on-release ' + message.requestId);
      this.disk.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
    }
  }
}
export default makeSut('rt33 gc-fence-on-release', M);
