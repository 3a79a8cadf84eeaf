// @ts-nocheck
// Breaks 6.1/7.2 + 13 ("rejection over uncertainty", "MUST NOT guess"): on a kernel timeout
// the answer stays outcome=unknown/source=timeout, but the text invents a cause and a state:
// "kernel is down; your request was lost and did not run".
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-timeout-kernel-down', (m) =>
  m.source === 'timeout' ? 'kernel is down; your request was lost and did not run' : undefined);
