// @ts-nocheck
// Red team 31: cp-wait-latest-only
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-wait-latest-only',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"waitLatestOnly": true}),
  createKernel: reference.createKernel,
};
