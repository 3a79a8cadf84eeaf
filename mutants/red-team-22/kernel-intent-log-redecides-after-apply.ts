// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_wal-kernel.ts';
export default { ...reference, name: 'rt22-kernel-intent-log-redecides-after-apply', createKernel: makeWalKernel({redecideAfterApply:true}) };
