// @ts-nocheck
// Red team 31: cp-resolves-only-unresolved
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-resolves-only-unresolved',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"resolvesOnlyUnresolved": true}),
  createKernel: reference.createKernel,
};
