// @ts-nocheck
// Control plane: to bound memory, a request is dropped from the "dispatched" set once the kernel
// has decided it. A late copy of its confirm is then no longer recognised as a duplicate: it is
// told "challenge expired — outcome unknown" and audited so, about a request the kernel decided
// (6.2: detect duplicates where possible; 9).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  constructor(p, c) { super(p, c); this.forgotten = new Set(); }
  report(requestId, first, source, failure) {
    super.report(requestId, first, source, failure);
    if (this.dispatched.delete(requestId)) this.forgotten.add(requestId);
  }
  onClient(client, message) {
    if (message.kind === 'confirm' && this.forgotten.has(message.requestId) && !this.expired.has(message.requestId)) probe('cp-forget-dispatched', `confirm copy of decided ${message.requestId} not seen as duplicate`);
    super.onClient(client, message);
  }
}
export default sutWith('cp-forget-dispatched', { createControlPlane: (p, c) => new CP(p, c) });
