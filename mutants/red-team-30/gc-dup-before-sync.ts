// @ts-nocheck
import { groupKernel } from './_gc.ts';
const sut = { ...groupKernel({delayMs:2,dupBeforeSync:true}), name: 'gc-dup-before-sync' };
export default sut;
