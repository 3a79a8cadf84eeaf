// @ts-nocheck
// Red team 31: cp-dup-drops-rejection
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-dup-drops-rejection',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"dupDropsRejection": true}),
  createKernel: reference.createKernel,
};
