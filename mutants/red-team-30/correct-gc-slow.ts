// @ts-nocheck
import { groupKernel } from './_gc.ts';
const sut = { ...groupKernel({delayMs:100}), name: 'correct-gc-slow' };
export default sut;
