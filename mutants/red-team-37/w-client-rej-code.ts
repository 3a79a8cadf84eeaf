// @ts-nocheck
// BROKEN. Spec 7.1 (verbatim), 8.1 (explanation): client shows only "Error: <CODE>" for rejections instead of the text.
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { clientTextSut } from './lib/common.ts';
export default clientTextSut('w-client-rej-code', (d, ctx) => {
  if (d.rejection !== null) return 'Error: ' + d.rejection.code;
});
