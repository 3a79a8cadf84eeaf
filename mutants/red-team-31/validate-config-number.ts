// @ts-nocheck
// Red team 31: validate-config-number
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
import { makeValidate } from './_validation.ts';
const probe = (x) => { if (process.env.RT31_PROBE) console.error('[RT31] validation', JSON.stringify(x)); };
const validate = makeValidate({ numberConfig: true, probe });
export default {
  name: 'rt31-validate-config-number',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { validate }),
  createKernel: reference.createKernel,
};
