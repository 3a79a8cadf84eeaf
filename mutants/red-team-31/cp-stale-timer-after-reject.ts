// @ts-nocheck
// Red team 31: cp-stale-timer-after-reject
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-stale-timer-after-reject',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"keepTimerOnRejectDecision": true}),
  createKernel: reference.createKernel,
};
