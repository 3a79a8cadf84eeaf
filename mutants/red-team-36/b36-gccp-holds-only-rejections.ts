// @ts-nocheck
// Breaks 9 ("All failures MUST be ... logged") in the group-commit control plane: it holds
// only answers that carry a rejection until the batch's sync ("those are the failures"); a
// timeout's "unknown", a challenge-expired or a resolved outcome leaves at once while its
// audit record is still unsynced.
import { GroupCommitControlPlane } from './lib/gc-cp.ts';
import { probe, sut } from './lib/common.ts';

class CP extends GroupCommitControlPlane {
  constructor(port, config) {
    super(port, config);
    const inner = this.port;
    const batch = this.batch;
    const mine = new Set(); // probe bookkeeping: request ids with an audit record not yet synced
    const append = inner.append;
    inner.append = (r) => { append(r); if (r.kind === 'AUDIT') mine.add(r.requestId); };
    this.mine = mine;
    this.port = { ...inner, send: (to, m) => {
      if (m.kind === 'answer' && m.rejection === null && batch.unsynced) {
        if (mine.has(m.requestId)) probe('b36-gccp-holds-only-rejections', `${m.requestId} ${m.source} sent with its audit record unsynced`);
        port.send(to, m); return;
      }
      inner.send(to, m);
    } };
  }
}
CP.prototype.onTimer = function (name) { if (name === 'group-commit') this.mine.clear(); Object.getPrototypeOf(CP.prototype).onTimer.call(this, name); };
export default sut('b36-gccp-holds-only-rejections', { createControlPlane: (p, c) => new CP(p, c) });
