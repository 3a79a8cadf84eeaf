// @ts-nocheck
// Red team 31: cp-restart-guesses-not-executed
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-restart-guesses-not-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"restartAuditsInflightNotExecuted": true}),
  createKernel: reference.createKernel,
};
