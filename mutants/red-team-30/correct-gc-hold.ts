// @ts-nocheck
import { groupKernel } from './_gc.ts';
const sut = { ...groupKernel({delayMs:2}), name: 'correct-gc-hold' };
export default sut;
