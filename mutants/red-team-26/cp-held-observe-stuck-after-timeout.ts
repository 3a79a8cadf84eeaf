// @ts-nocheck
// red team 26 — mutant: Held-observe design: held observes are released only by a kernel reply, not by a dispatch's kernel timeout: they wait forever.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-held-observe-stuck-after-timeout',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true, bug: 'held-not-released-on-timeout' }),
  createKernel: reference.createKernel,
};
