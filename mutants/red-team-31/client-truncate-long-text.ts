// @ts-nocheck
// Red team 31: client-truncate-long-text
import { reference } from '../../src/index.ts';
import { C } from './_client.ts';
export default {
  name: 'rt31-client-truncate-long-text',
  createClient: (port, config) => new C(port, config, {"truncate": 90}),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
