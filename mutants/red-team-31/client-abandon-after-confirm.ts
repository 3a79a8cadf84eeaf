// @ts-nocheck
// Red team 31: client-abandon-after-confirm
import { reference } from '../../src/index.ts';
import { C } from './_client.ts';
export default {
  name: 'rt31-client-abandon-after-confirm',
  createClient: (port, config) => new C(port, config, {"abandonAfterConfirm": true}),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
