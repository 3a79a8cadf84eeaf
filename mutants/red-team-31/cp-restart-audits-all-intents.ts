// @ts-nocheck
// Red team 31: cp-restart-audits-all-intents
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-restart-audits-all-intents',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"restartAuditsAllIntents": true}),
  createKernel: reference.createKernel,
};
