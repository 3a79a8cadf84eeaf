// @ts-nocheck
// red team 26 — mutant: Read timer design: the timeout answers the waiting clients without taking them off the waiting list, so a late state reply is still forwarded as `observed` after the 'unknown'.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timeout-keeps-waiters',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timeout-keeps-waiters' }),
  createKernel: reference.createKernel,
};
