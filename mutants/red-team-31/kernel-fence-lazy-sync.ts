// @ts-nocheck
// Red team 31: kernel-fence-lazy-sync
import { reference } from '../../src/index.ts';
import { K } from './_kernel.ts';
export default {
  name: 'rt31-kernel-fence-lazy-sync',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new K(port, config, {"fenceLazySync": true}),
};
