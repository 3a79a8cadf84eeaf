// @ts-nocheck
// Breaks 6.2 ("The control plane MUST detect duplicates where possible") and 9: to bound its
// memory, the control plane forgets the request ids it has seen, dispatched or expired 5 s
// after it learned them (by its own clock). A late copy of a submit is then challenged again,
// and a late copy of a confirm is taken for a stale confirm ("challenge expired"), answered and
// audited as such — a duplicate it could have detected, logged as another failure.
import { ControlPlane, probe, sut } from './lib/common.ts';

const WINDOW = 5000;
class CP extends ControlPlane {
  onClient(client, message) {
    this.when ??= new Map();
    const now = this.port.now();
    for (const [id, t] of [...this.when]) {
      if (now - t > WINDOW) { this.when.delete(id); this.seen.delete(id); this.dispatched.delete(id); this.expired.delete(id); (this.forgot ??= new Set()).add(id); }
    }
    if (this.forgot?.has(message.requestId) && (message.kind === 'submit' || message.kind === 'confirm')) {
      probe('b42-cp-dedup-window', `${message.kind} ${message.requestId} after its id was forgotten`);
    }
    if (message.kind === 'submit' || message.kind === 'confirm') if (!this.when.has(message.requestId)) this.when.set(message.requestId, now);
    super.onClient(client, message);
  }
}
export default sut('b42-cp-dedup-window', { createControlPlane: (p, c) => new CP(p, c) });
