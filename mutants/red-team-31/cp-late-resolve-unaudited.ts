// @ts-nocheck
// Red team 31: cp-late-resolve-unaudited
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-late-resolve-unaudited',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"lateResolveAuditOnlyIfWaiting": true}),
  createKernel: reference.createKernel,
};
