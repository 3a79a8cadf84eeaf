// @ts-nocheck
// Red team 31: correct-client-deduces-unconfirmed
import { reference } from '../../src/index.ts';
import { C } from './_client.ts';
export default {
  name: 'rt31-correct-client-deduces-unconfirmed',
  createClient: (port, config) => new C(port, config, {"unconfirmedTimeoutNotExecuted": true}),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
