// @ts-nocheck
// red team 26 — mutant: CP audits `abandoned` (not-executed) for an abandon whose token this incarnation never issued (a previous incarnation's challenge), at most once per request (deduplicated from the log).
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-abandon-audits-foreign-token',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { foreignAbandon: true }),
  createKernel: reference.createKernel,
};
