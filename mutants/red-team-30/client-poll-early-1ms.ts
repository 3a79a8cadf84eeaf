// @ts-nocheck
// The client times each wait with port.now() on its own clock, polling every 1 ms, and
// reports "no response" once now() - start >= responseTimeoutMs - 1.
import { Client } from '../../src/client.ts';
import { reference } from '../../src/index.ts';

class C extends Client {
  startTimer(requestId) {
    this.starts = this.starts ?? new Map();
    this.starts.set(requestId, this.port.now());
    return this.port.setTimer(1, requestId);
  }
  onTimer(name, id) {
    const request = this.requests.get(name);
    if (request === undefined || request.phase === 'done' || request.timer !== id) return;
    const start = this.starts.get(name);
    if (this.port.now() - start < this.config.responseTimeoutMs - 1) {
      request.timer = this.port.setTimer(1, name);
      return;
    }
    super.onTimer(name, id);
  }
}
const sut = { ...reference, name: 'client-poll-early-1ms', createClient: (port, config) => new C(port, config) };
export default sut;
