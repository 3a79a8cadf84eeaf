// @ts-nocheck
// red team 26 — correct: Invalid-ask design whose `invalid-request` audit record also carries the explanation (an extra field), so the validation answer survives a restart verbatim.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-correct-cp-invalid-ask-survives-restart',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { invalidAsk: true, persistExplanation: true }),
  createKernel: reference.createKernel,
};
