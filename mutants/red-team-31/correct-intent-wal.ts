// @ts-nocheck
// Red team 31: correct-intent-wal
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-correct-intent-wal',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"intentWal": true, "intentDone": true}),
  createKernel: reference.createKernel,
};
