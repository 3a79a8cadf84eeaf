// @ts-nocheck
// red team 26 — mutant: Read timer design: the `kernel-timeout` record of a read names the timer ('read:r7'), not the observe's request id.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timeout-audited-under-tag',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timeout-audited-under-tag' }),
  createKernel: reference.createKernel,
};
