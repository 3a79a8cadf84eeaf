// @ts-nocheck
// Red team 31: correct-join-inflight
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-correct-join-inflight',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"joinInflight": true}),
  createKernel: reference.createKernel,
};
