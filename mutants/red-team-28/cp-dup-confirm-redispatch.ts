// @ts-nocheck
// BROKEN: the challenge stays valid until the kernel's answer is reported, and its
// "dispatched" mark is cleared then; a duplicated confirm arriving later is dispatched
// again (the kernel's dedup is relied on instead of the control plane's own).
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-dup-confirm-redispatch';
class CP extends ControlPlane {
  kept = new Map(); // token -> challenge
  onClient(client, m) {
    if (m.kind === 'confirm') {
      const c = this.challenges.get(m.token);
      if (c && c.requestId === m.requestId) this.kept.set(m.token, c);
      else if (this.kept.has(m.token) && this.kept.get(m.token).requestId === m.requestId && !this.dispatched.has(m.requestId)) {
        probe(N, `redispatch dup confirm ${m.requestId}`);
        this.challenges.set(m.token, this.kept.get(m.token));
      }
    }
    super.onClient(client, m);
  }
  report(requestId, first, source, failure) {
    super.report(requestId, first, source, failure);
    if (source === 'kernel-decision') this.dispatched.delete(requestId);
  }
}
export default sut(N, { cp: CP });
