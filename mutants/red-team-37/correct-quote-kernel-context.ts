// @ts-nocheck
// CORRECT (unusual). Spec 7.1: a kernel rejection quoted verbatim inside context naming the code and the request (the rejection field itself untouched).
// Structured fields are the reference's; the words are true.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('correct-quote-kernel-context', (m, ctx) => {
  if (m.rejection !== null && m.source !== 'validation') return `the kernel rejected ${m.requestId} (${m.rejection.code}): ${m.rejection.text}`;
});
