// @ts-nocheck
// BROKEN: a re-ask (outcome query) while the dispatch is unanswered starts a second kernel
// timer without cancelling the first; each fires, so the one wait is timed out — and
// audited as a kernel timeout — twice.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-timeout-stale-timer';
class CP extends ControlPlane {
  extra = new Map(); // timer id -> request
  onClient(client, m) {
    if (m.kind === 'outcome-query' && this.timers.has(m.requestId)) {
      this.wait(m.requestId, client);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: m.requestId });
      const old = this.timers.get(m.requestId);
      this.extra.set(old, m.requestId);
      this.timers.set(m.requestId, this.port.setTimer(this.config.kernelTimeoutMs, m.requestId));
      return;
    }
    super.onClient(client, m);
  }
  onTimer(name, id) {
    if (this.extra.has(id)) {
      this.extra.delete(id);
      probe(N, `stale timer fired ${name}`);
      this.audit('kernel-timeout', name, 'unknown');
      this.answer(name, 'unknown', 'timeout', null, 'no reply from the kernel — outcome unknown');
      return;
    }
    super.onTimer(name, id);
  }
}
export default sut(N, { cp: CP });
