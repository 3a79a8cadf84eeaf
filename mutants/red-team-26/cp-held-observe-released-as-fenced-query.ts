// @ts-nocheck
// red team 26 — mutant: Held-observe design: the release path sends a `fenced-query` for the observe id instead of a `read` (copy-paste from the outcome-query path).
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-held-observe-released-as-fenced-query',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true, bug: 'held-released-as-fenced-query' }),
  createKernel: reference.createKernel,
};
