// @ts-nocheck
// The kernel's rejection is passed on verbatim, but the answer's outcome says "unknown"
// instead of "not-executed" (a "cautious" control plane). The audit record is unchanged.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CautiousControlPlane extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (rejection !== null && source !== 'validation' && outcome === 'not-executed') outcome = 'unknown'; // BUG
    return super.answer(requestId, outcome, source, rejection, text);
  }
}
export default { ...reference, name: 'rt22-cp-rejection-answered-unknown', createControlPlane: (port, config) => new CautiousControlPlane(port, config) };
