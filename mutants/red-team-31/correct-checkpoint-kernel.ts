// @ts-nocheck
// Red team 31: correct-checkpoint-kernel
import { reference } from '../../src/index.ts';
import { K } from './_kernel.ts';
export default {
  name: 'rt31-correct-checkpoint-kernel',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new K(port, config, {"checkpoint": {"every": 5}}),
};
