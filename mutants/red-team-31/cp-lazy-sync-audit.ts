// @ts-nocheck
// Red team 31: cp-lazy-sync-audit
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-lazy-sync-audit',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"lazySync": true}),
  createKernel: reference.createKernel,
};
