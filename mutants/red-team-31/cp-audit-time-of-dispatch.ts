// @ts-nocheck
// Red team 31: cp-audit-time-of-dispatch
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-audit-time-of-dispatch',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"auditTimeFromDispatch": true}),
  createKernel: reference.createKernel,
};
