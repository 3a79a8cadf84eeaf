// @ts-nocheck
import { groupKernel } from './_gc.ts';
const sut = { ...groupKernel({delayMs:2,forgetCopy:true}), name: 'gc-forget-copy' };
export default sut;
