// @ts-nocheck
// Red team 31: correct-sweeper-timer
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-correct-sweeper-timer',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"sweeperTimer": 7}),
  createKernel: reference.createKernel,
};
