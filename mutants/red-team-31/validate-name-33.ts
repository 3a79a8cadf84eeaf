// @ts-nocheck
// Red team 31: validate-name-33
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';
import { makeValidate } from './_validation.ts';
const probe = (x) => { if (process.env.RT31_PROBE) console.error('[RT31] validation', JSON.stringify(x)); };
const validate = makeValidate({ nameRe: /^[a-z][a-z0-9_]{0,32}$/ });
export default {
  name: 'rt31-validate-name-33',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { validate }),
  createKernel: reference.createKernel,
};
