// @ts-nocheck
// red team 26 — mutant: As cp-abandon-audits-foreign-token, but the once-per-request set lives in memory only: a copy of the abandon after a restart is audited again.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-abandon-foreign-dedup-in-memory',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { foreignAbandon: true, bug: 'abandon-dedup-memory' }),
  createKernel: reference.createKernel,
};
