// @ts-nocheck
// restart re-derives dispatch intents only; an orphan fenced-query intent is skipped
import { walSut } from './_wal.ts';
export default walSut('kernel-wal-query-intent-ignored', { queryIntentIgnored: true });
