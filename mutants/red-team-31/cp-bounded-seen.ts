// @ts-nocheck
// Red team 31: cp-bounded-seen
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-bounded-seen',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"boundedSeen": 16}),
  createKernel: reference.createKernel,
};
