// @ts-nocheck
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_wal-kernel.ts';
export default { ...reference, name: 'rt22-correct-kernel-intent-log-decision-next-handler', createKernel: makeWalKernel({nextHandler:true}) };
