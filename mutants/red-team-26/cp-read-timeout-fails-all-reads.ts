// @ts-nocheck
// red team 26 — mutant: Read timer design: when one read times out the CP presumes the kernel down and times out every other outstanding read at once (audit + 'unknown'), though their timers have not fired.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timeout-fails-all-reads',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timeout-fails-all-reads' }),
  createKernel: reference.createKernel,
};
