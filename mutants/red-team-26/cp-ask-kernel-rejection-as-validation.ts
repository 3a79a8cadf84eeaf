// @ts-nocheck
// red team 26 — mutant: Invalid-ask design: a request the kernel rejected is also answered from memory, labelled `validation` (the rejection itself verbatim).
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-ask-kernel-rejection-as-validation',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { invalidAsk: true, bug: 'ask-kernel-rejection-as-validation' }),
  createKernel: reference.createKernel,
};
