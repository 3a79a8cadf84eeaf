// @ts-nocheck
// Red team 31: kernel-checkpoint-off-by-one
import { reference } from '../../src/index.ts';
import { K } from './_kernel.ts';
export default {
  name: 'rt31-kernel-checkpoint-off-by-one',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new K(port, config, {"checkpoint": {"every": 5, "offByOne": true}}),
};
