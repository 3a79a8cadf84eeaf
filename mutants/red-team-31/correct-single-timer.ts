// @ts-nocheck
// Red team 31: correct-single-timer
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-correct-single-timer',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"singleTimer": true}),
  createKernel: reference.createKernel,
};
