// @ts-nocheck
// Red team 31: kernel-replay-exec-only
import { reference } from '../../src/index.ts';
import { K } from './_kernel.ts';
export default {
  name: 'rt31-kernel-replay-exec-only',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new K(port, config, {"replayExecOnly": true}),
};
