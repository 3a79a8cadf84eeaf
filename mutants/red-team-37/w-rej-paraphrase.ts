// @ts-nocheck
// BROKEN. Spec 7.1 (verbatim): kernel rejection shown as a friendly paraphrase (rejection field kept).
// Structured fields (outcome, source, rejection) stay as the reference sends them; only the words lie.
import { cpTextSut } from './lib/common.ts';
export default cpTextSut('w-rej-paraphrase', (m, ctx) => {
  if (m.rejection !== null && m.source !== 'validation') {
    const map = { COLLECTION_EXISTS: 'that name is already taken', NO_SUCH_COLLECTION: 'there is no such collection', INDEX_EXISTS: 'that index is already there', INDEX_LIMIT: 'too many indexes', NO_SUCH_INDEX: 'there is no such index', SNAPSHOT_EXISTS: 'that snapshot is already there' };
    return map[m.rejection.code] ?? m.text;
  }
});
