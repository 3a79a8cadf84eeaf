// @ts-nocheck
// Mutant (10, 12): the set of dispatched request ids lives at module level — a "registry" shared
// by every control plane the process builds — instead of in the instance. It survives a
// restart (in-flight state recovered), and it survives into the next run of the same process,
// where request ids repeat: a stale confirm of a request another incarnation dispatched is
// taken for a copy and never answered, and a late decision of a crashed incarnation's dispatch
// is reported as this incarnation's own.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

const DISPATCHED = new Set();

class RegistryControlPlane extends ControlPlane {
  constructor(port, config) {
    super(port, config);
    Object.defineProperty(this, 'dispatched', { value: DISPATCHED, writable: false });
  }
}

export default {
  ...reference,
  name: 'red13-cp-module-dispatched-set',
  createControlPlane: (port, config) => new RegistryControlPlane(port, config),
};
