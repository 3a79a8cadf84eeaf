// @ts-nocheck
// Red team 31: correct-decision-cache
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-correct-decision-cache',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"decisionCache": true}),
  createKernel: reference.createKernel,
};
