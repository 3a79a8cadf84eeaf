// @ts-nocheck
// MUTANT (7.1, 9): the control plane remembers the last kernel rejection text it saw about each
// collection (the first quoted name in the text) and, for a later kernel rejection about the same
// collection, shows that earlier text as the answer's text ("for consistency"). The rejection
// field itself stays verbatim, and the borrowed text names the right collection — but it is
// another request's rejection (e.g. "already exists" for a drop rejected as "does not exist").
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  lastByCollection = new Map();
  answer(requestId, outcome, source, rejection, text) {
    if (rejection !== null && (source === 'kernel-decision' || source === 'kernel-duplicate' || source === 'kernel-query')) {
      const m = /"([^"]+)"/.exec(rejection.text);
      if (m !== null) {
        const earlier = this.lastByCollection.get(m[1]);
        if (earlier === undefined) this.lastByCollection.set(m[1], rejection.text);
        else text = earlier;
      }
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default { ...reference, name: 'cp-text-borrows-same-collection-rejection', createControlPlane: (p, c) => new CP(p, c) };
