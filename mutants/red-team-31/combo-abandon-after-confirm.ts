// @ts-nocheck
// Red team 31: combo-abandon-after-confirm
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
import { C } from './_client.ts';
export default {
  name: 'rt31-combo-abandon-after-confirm',
  createClient: (port, config) => new C(port, config, {"abandonAfterConfirm": true}),
  createControlPlane: (port, config) => new CP(port, config, {"abandonAuditsAnyway": true}),
  createKernel: reference.createKernel,
};
