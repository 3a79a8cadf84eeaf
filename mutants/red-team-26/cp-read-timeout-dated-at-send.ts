// @ts-nocheck
// red team 26 — mutant: Read timer design: the `kernel-timeout` record of a read carries the time the read was sent, not the time of the failure.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timeout-dated-at-send',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timeout-dated-at-send' }),
  createKernel: reference.createKernel,
};
