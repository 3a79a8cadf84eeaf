// @ts-nocheck
// Red team 31: cp-auto-fence-on-timeout
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-auto-fence-on-timeout',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"autoFenceOnTimeout": true}),
  createKernel: reference.createKernel,
};
