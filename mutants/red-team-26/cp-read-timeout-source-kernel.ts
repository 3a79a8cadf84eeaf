// @ts-nocheck
// red team 26 — mutant: Read timer design: the 'unknown' answer to a timed-out observe is labelled source `kernel-decision`.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timeout-source-kernel',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timeout-source-kernel' }),
  createKernel: reference.createKernel,
};
