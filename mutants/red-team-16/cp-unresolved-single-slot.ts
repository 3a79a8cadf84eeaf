// @ts-nocheck
// Mix-up: the control plane remembers only the latest outcome it audited "unknown" (one
// slot, last writer wins) instead of a set. When two unknowns overlap, the older one's
// later resolution (a late decision, or a fenced query's answer) is never audited.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class SlotSet {
  v = undefined;
  has(x) { return this.v === x; }
  add(x) { this.v = x; return this; }
  delete(x) { if (this.v === x) { this.v = undefined; return true; } return false; }
}
class SlotCP extends ControlPlane {
  constructor(p, c) { super(p, c); this.unresolved = new SlotSet(); }
}
export default { ...reference, name: 'cp-unresolved-single-slot', createControlPlane: (p, c) => new SlotCP(p, c) };
