// @ts-nocheck
// Red team 31: kernel-group-commit-dirty-read
import { reference } from '../../src/index.ts';
import { K } from './_kernel.ts';
export default {
  name: 'rt31-kernel-group-commit-dirty-read',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new K(port, config, {"groupCommit": 4, "dirtyRead": true}),
};
