// @ts-nocheck
// Red team 31: cp-retry-read
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-retry-read',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"retryRead": true}),
  createKernel: reference.createKernel,
};
