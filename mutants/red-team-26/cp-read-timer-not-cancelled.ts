// @ts-nocheck
// red team 26 — mutant: Read timer design: the kernel's state reply does not cancel the read timer, so a `kernel-timeout` is audited (and an 'unknown' answer attempted) for a read the kernel did answer.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timer-not-cancelled',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timer-not-cancelled' }),
  createKernel: reference.createKernel,
};
