// @ts-nocheck
// red team 26 — mutant: Held-observe design: released observes are not removed from the held list, so each later settlement sends their reads again (reads with nobody waiting).
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-held-observe-not-dequeued',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true, bug: 'held-not-dequeued' }),
  createKernel: reference.createKernel,
};
