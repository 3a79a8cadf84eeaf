// @ts-nocheck
// red team 26 — mutant: Invalid-ask design: the repeated validation answer carries the explanation as text only, with `rejection: null`.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-invalid-ask-rejection-null',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { invalidAsk: true, bug: 'invalid-ask-rejection-null' }),
  createKernel: reference.createKernel,
};
