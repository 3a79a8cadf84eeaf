// @ts-nocheck
// Red team 31: cp-restart-audits-answered
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-restart-audits-answered',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"intentWal": true}),
  createKernel: reference.createKernel,
};
