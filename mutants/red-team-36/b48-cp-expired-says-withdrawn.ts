// @ts-nocheck
// Breaks 5.2 ("No assumptions are allowed") / 4.3 ("MUST NOT guess"): a confirm for a challenge
// this incarnation did not issue is answered "unknown" in the field, but worded "challenge
// expired — the request was withdrawn", telling the operator it will not run — while the crashed
// incarnation may already have dispatched it.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    return super.answer(requestId, outcome, source, rejection, text);
  }
  onClient(client, message) {
    const port = this.port;
    this.port = { ...port, send: (to, m) => {
      if (m.kind === 'answer' && m.source === 'challenge-expired') { probe('b48-cp-expired-says-withdrawn', m.requestId); m = { ...m, text: 'challenge expired — the request was withdrawn' }; }
      port.send(to, m);
    }, append: (r) => port.append(r), sync: () => port.sync(), now: () => port.now(), drawId: () => port.drawId(), setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i) };
    try { super.onClient(client, message); } finally { this.port = port; }
  }
}
export default sut('b48-cp-expired-says-withdrawn', { createControlPlane: (p, c) => new CP(p, c) });
