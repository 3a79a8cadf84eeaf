// @ts-nocheck
// Red team 31: cp-serialize-dispatch-after-timeout
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-serialize-dispatch-after-timeout',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"serialize": "late"}),
  createKernel: reference.createKernel,
};
