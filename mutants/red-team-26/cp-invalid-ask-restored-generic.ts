// @ts-nocheck
// red team 26 — mutant: Invalid-ask design: after a restart the ids of invalid requests are recovered from the `invalid-request` audit records and asked-about ones answered from validation with a generic explanation.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-invalid-ask-restored-generic',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { invalidAsk: true, bug: 'invalid-restored-generic' }),
  createKernel: reference.createKernel,
};
