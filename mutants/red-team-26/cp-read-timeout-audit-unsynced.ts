// @ts-nocheck
// red team 26 — mutant: Read timer design: the `kernel-timeout` record of a read is appended but not synced before the 'unknown' answer goes out.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timeout-audit-unsynced',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timeout-unsynced' }),
  createKernel: reference.createKernel,
};
