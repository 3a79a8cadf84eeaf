// @ts-nocheck
// red team 26 — correct: Invalid-ask design (in memory) that asks the kernel instead when this incarnation already sent a fenced query for the id (a query that overtook the submit).
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-correct-cp-invalid-ask-unless-queried',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { invalidAsk: true, unlessQueried: true }),
  createKernel: reference.createKernel,
};
