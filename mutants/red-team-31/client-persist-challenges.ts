// @ts-nocheck
// Red team 31: client-persist-challenges
import { reference } from '../../src/index.ts';
import { C } from './_client.ts';
export default {
  name: 'rt31-client-persist-challenges',
  createClient: (port, config) => new C(port, config, {"persistChallenges": true}),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
