// @ts-nocheck
// breaks spec 6.1/7.2/10 (no retries): when the batch releases a held "timeout" answer it quietly re-sends the dispatch once more, "in case".
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.ops = new Map(); }
  hookSend(to, message) {
    if (message.kind === 'dispatch') this.ops.set(message.requestId, message.operation);
    super.hookSend(to, message);
  }
  release(to, message) {
    super.release(to, message);
    if (message.kind === 'answer' && message.source === 'timeout' && this.ops.has(message.requestId)) {
      probe('retry-at-flush ' + message.requestId);
      this.disk.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: this.ops.get(message.requestId) });
      this.ops.delete(message.requestId);
    }
  }
}
export default makeSut('rt33 gc-retry-at-flush', M);
