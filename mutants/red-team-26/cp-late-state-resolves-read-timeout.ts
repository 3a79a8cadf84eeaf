// @ts-nocheck
// red team 26 — mutant: Read timer design: when the state of a timed-out read arrives late, the CP 'resolves' the observe's unknown with an `outcome-resolved` record saying executed.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-late-state-resolves-read-timeout',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'late-state-resolves-read-timeout' }),
  createKernel: reference.createKernel,
};
