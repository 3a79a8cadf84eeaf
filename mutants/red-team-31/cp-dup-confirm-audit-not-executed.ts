// @ts-nocheck
// Red team 31: cp-dup-confirm-audit-not-executed
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-dup-confirm-audit-not-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"dupConfirmNotExecuted": true}),
  createKernel: reference.createKernel,
};
