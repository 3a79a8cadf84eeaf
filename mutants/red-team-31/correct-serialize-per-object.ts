// @ts-nocheck
// Red team 31: correct-serialize-per-object
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-correct-serialize-per-object',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"serialize": "correct"}),
  createKernel: reference.createKernel,
};
