// @ts-nocheck
// red team 26 — mutant: Read timer design: an observe whose read timed out is answered and audited 'not-executed' ('nothing was changed') rather than 'unknown'.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timeout-not-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timeout-not-executed' }),
  createKernel: reference.createKernel,
};
