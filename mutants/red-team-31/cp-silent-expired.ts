// @ts-nocheck
// Red team 31: cp-silent-expired
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-silent-expired',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"silentExpired": true}),
  createKernel: reference.createKernel,
};
