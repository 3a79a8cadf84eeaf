// @ts-nocheck
// Red team 31: client-adopts-orphan-challenge
import { reference } from '../../src/index.ts';
import { C } from './_client.ts';
export default {
  name: 'rt31-client-adopts-orphan-challenge',
  createClient: (port, config) => new C(port, config, {"adoptOrphanChallenge": true}),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
