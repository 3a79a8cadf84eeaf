// @ts-nocheck
// CORRECT (different design): the client keeps one ticking timer (every 25 ms, only while
// requests are open) and checks deadlines on each tick instead of a timer per request;
// "no response" may come up to one tick after responseTimeoutMs.
import { Client, probe, sut } from './_sut.ts';
const N = 'correct-client-tick-timer';
const TICK = 25;
class C extends Client {
  deadlines = new Map(); tick = 0; seq = 1;
  startTimer(id) {
    this.deadlines.set(id, this.port.now() + this.config.responseTimeoutMs);
    if (this.tick === 0) this.tick = this.port.setTimer(TICK, '#tick');
    return this.seq++;
  }
  stopTimer(r) { if (r.timer === 0) return; r.timer = 0; for (const [id, q] of this.requests) if (q === r) this.deadlines.delete(id); }
  onOperator(c) {
    if (c.kind === 'ask-outcome') { const r = this.requests.get(c.requestId); if (r) this.deadlines.delete(c.requestId); if (r) r.timer = 0; }
    super.onOperator(c);
  }
  onTimer(name) {
    if (name !== '#tick') return;
    this.tick = 0;
    const now = this.port.now();
    for (const [id, d] of [...this.deadlines]) {
      if (d <= now) { this.deadlines.delete(id); probe(N, `tick timeout ${id}`); super.onTimer(id); }
    }
    if (this.deadlines.size > 0) this.tick = this.port.setTimer(TICK, '#tick');
  }
}
export default sut(N, { client: C });
