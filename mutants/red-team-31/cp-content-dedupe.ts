// @ts-nocheck
// Red team 31: cp-content-dedupe
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-content-dedupe',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"contentDedupe": true}),
  createKernel: reference.createKernel,
};
