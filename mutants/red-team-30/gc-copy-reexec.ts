// @ts-nocheck
import { groupKernel } from './_gc.ts';
const sut = { ...groupKernel({delayMs:2,copyReexec:true}), name: 'gc-copy-reexec' };
export default sut;
