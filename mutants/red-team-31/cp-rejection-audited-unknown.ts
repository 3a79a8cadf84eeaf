// @ts-nocheck
// Red team 31: cp-rejection-audited-unknown
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
export default {
  name: 'rt31-cp-rejection-audited-unknown',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, {"rejectionAuditUnknown": true}),
  createKernel: reference.createKernel,
};
