// @ts-nocheck
// red team 26 — mutant: Invalid-ask design: at start every audit record with outcome not-executed (invalid, kernel-rejection, abandoned) is taken as a validation rejection, and asks about them are answered 'validation' without the kernel.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-ask-restores-not-executed-as-validation',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { invalidAsk: true, bug: 'ask-restores-not-executed' }),
  createKernel: reference.createKernel,
};
