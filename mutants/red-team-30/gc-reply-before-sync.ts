// @ts-nocheck
import { groupKernel } from './_gc.ts';
const sut = { ...groupKernel({delayMs:2,replyBeforeSync:true}), name: 'gc-reply-before-sync' };
export default sut;
