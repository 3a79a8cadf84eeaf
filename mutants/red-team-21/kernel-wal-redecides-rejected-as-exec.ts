// @ts-nocheck
// MUTANT: on restart an intent whose decision record was lost is re-decided as EXEC without deciding, so an intent it already rejected (and replied REJECT) takes effect.
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_walkernel.ts';
const K = makeWalKernel({ redecideAlwaysExec: true });
export default { ...reference, name: 'kernel-wal-redecides-rejected-as-exec', createKernel: (p, c) => new K(p, c) };
