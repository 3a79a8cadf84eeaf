// @ts-nocheck
// Red team 31: cp-stale-read-fallback
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-stale-read-fallback',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"staleReadFallback": true}),
  createKernel: reference.createKernel,
};
