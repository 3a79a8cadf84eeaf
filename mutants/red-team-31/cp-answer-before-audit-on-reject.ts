// @ts-nocheck
// Red team 31: cp-answer-before-audit-on-reject
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-answer-before-audit-on-reject',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"answerBeforeAudit": true}),
  createKernel: reference.createKernel,
};
