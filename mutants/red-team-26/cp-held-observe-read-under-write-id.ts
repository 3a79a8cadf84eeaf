// @ts-nocheck
// red team 26 — mutant: Held-observe design: the released read is sent under the settled write's request id instead of the observe's.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-held-observe-read-under-write-id',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true, bug: 'held-read-under-write-id' }),
  createKernel: reference.createKernel,
};
