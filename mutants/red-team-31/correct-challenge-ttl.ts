// @ts-nocheck
// Red team 31: correct-challenge-ttl
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-correct-challenge-ttl',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"challengeTtl": 250}),
  createKernel: reference.createKernel,
};
