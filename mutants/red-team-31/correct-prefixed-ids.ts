// @ts-nocheck
// Red team 31: correct-prefixed-ids
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
import { C } from './_client.ts';
export default {
  name: 'rt31-correct-prefixed-ids',
  createClient: (port, config) => new C(port, config, {"prefixIds": true}),
  createControlPlane: (port, config) => new CP(port, config, {"prefixTokens": true}),
  createKernel: reference.createKernel,
};
