// @ts-nocheck
// red team 26 — mutant: Invalid-ask design: an outcome query about a request rejected in validation repeats the most recent validation rejection, not that request's.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-invalid-ask-last-explanation',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { invalidAsk: true, bug: 'invalid-ask-last-explanation' }),
  createKernel: reference.createKernel,
};
