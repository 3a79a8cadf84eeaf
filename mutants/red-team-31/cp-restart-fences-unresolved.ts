// @ts-nocheck
// Red team 31: cp-restart-fences-unresolved
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-restart-fences-unresolved',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"restartFenceUnresolved": true}),
  createKernel: reference.createKernel,
};
