// @ts-nocheck
// red team 26 — mutant: Held-observe + read-timer design: the read timer starts when the observe arrives, even while it is held; it can time out (audit `kernel-timeout`, answer 'unknown') before any read was sent, and the read is still sent later.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-held-observe-timer-from-arrival',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true, bug: 'held-timer-from-arrival' }),
  createKernel: reference.createKernel,
};
