// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_wal-kernel.ts';
export default { ...reference, name: 'rt22-kernel-intent-log-write-ahead-names-nothing', createKernel: makeWalKernel({unrelatedAhead:true}) };
