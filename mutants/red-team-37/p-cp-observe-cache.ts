// @ts-nocheck
// BROKEN. Spec 4.3/10 ("Recovery means restart and resume observation only"; kernel state is
// authoritative): the control plane caches the last state the kernel returned and answers an
// observe from that cache if it is younger than 50 ms of its own clock, without a kernel read.
// A decision that executed in between is missing from what the operator sees.
import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';
import { probe } from './lib/common.ts';

class CachingControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.cfg = config; this.cache = null; this.execSince = false; }
  onMessage(from, m) {
    if (from === this.cfg.kernel) {
      if (m.kind === 'state') { this.cache = { at: this.p.now(), state: m.state }; this.execSince = false; }
      if ((m.kind === 'decision' && m.decision.kind === 'EXEC') || (m.kind === 'query-answer' && m.executed)) this.execSince = true;
    } else if (m.kind === 'observe' && this.cache !== null && this.p.now() - this.cache.at < 50) {
      if (this.execSince) probe('p-cp-observe-cache', `${m.requestId} served a cached state older than an EXEC`);
      this.p.send(from, { kind: 'observed', requestId: m.requestId, state: this.cache.state });
      return;
    }
    super.onMessage(from, m);
  }
}
export default { ...reference, name: 'p-cp-observe-cache', createControlPlane: (port, config) => new CachingControlPlane(port, config) };
