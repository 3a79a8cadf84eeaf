// @ts-nocheck
// Red team 31: kernel-bounded-decisions
import { reference } from '../../src/index.ts';
import { K } from './_kernel.ts';
export default {
  name: 'rt31-kernel-bounded-decisions',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new K(port, config, {"boundedDecisions": 24}),
};
