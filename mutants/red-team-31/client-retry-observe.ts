// @ts-nocheck
// Red team 31: client-retry-observe
import { reference } from '../../src/index.ts';
import { C } from './_client.ts';
export default {
  name: 'rt31-client-retry-observe',
  createClient: (port, config) => new C(port, config, {"retryObserve": true}),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
