// @ts-nocheck
// Breaks 10 ("No in-flight state is recovered") and 4.2/5.1: the challenge token is derived
// from the request id ("tok-<id>") instead of drawn fresh, so a confirm answering a challenge
// of a crashed incarnation is accepted by the next one as soon as a copy of the submit has made
// it re-challenge the same id — the old incarnation's in-flight confirm is carried across.
import { ControlPlane, probe, sut } from './lib/common.ts';

const runs = new WeakMap(); // probe bookkeeping only, per run (keyed by the deployment's config object): token → incarnation that first issued it
class CP extends ControlPlane {
  constructor(port, config) {
    super({ ...port, drawId: () => { port.drawId(); return 'tok-' + this._cur; },
      send: (t, m) => port.send(t, m), setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i),
      now: () => port.now(), append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), display: (o) => port.display(o) }, config);
    if (!runs.has(config)) runs.set(config, new Map());
    this._issuedBy = runs.get(config);
  }
  onClient(client, message) {
    if (message.kind === 'submit') this._cur = message.requestId;
    if (message.kind === 'submit' && !this.seen.has(message.requestId)) {
      const tok = 'tok-' + message.requestId;
      if (!this._issuedBy.has(tok)) this._issuedBy.set(tok, this);
      else if (this._issuedBy.get(tok) !== this) { this._reissued = (this._reissued ?? new Set()).add(tok); probe('b20-cp-deterministic-token', `${message.requestId} re-challenged with the token a crashed incarnation issued`); }
    }
    if (message.kind === 'confirm' && this._reissued?.has(message.token) && this.challenges.has(message.token)) {
      probe('b20-cp-deterministic-token', `${message.requestId} confirmed with a token another incarnation issued`);
    }
    super.onClient(client, message);
  }
}
export default sut('b20-cp-deterministic-token', { createControlPlane: (p, c) => new CP(p, c) });
