// @ts-nocheck
// Red team 31: cp-dup-submit-audit-not-executed
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-dup-submit-audit-not-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"dupSubmitNotExecuted": true}),
  createKernel: reference.createKernel,
};
