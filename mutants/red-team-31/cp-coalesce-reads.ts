// @ts-nocheck
// Red team 31: cp-coalesce-reads
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-coalesce-reads',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"coalesceReads": true}),
  createKernel: reference.createKernel,
};
