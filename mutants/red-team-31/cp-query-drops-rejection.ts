// @ts-nocheck
// Red team 31: cp-query-drops-rejection
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-query-drops-rejection',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"queryDropsRejection": true}),
  createKernel: reference.createKernel,
};
