// @ts-nocheck
// Red team 31: cp-invalid-not-seen
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-invalid-not-seen',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"invalidNotSeen": true}),
  createKernel: reference.createKernel,
};
