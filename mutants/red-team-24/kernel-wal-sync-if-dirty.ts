// @ts-nocheck
// skips the fsync when no decision is dirty, forgetting the intent it just appended (first dispatch after a start)
import { walSut } from './_wal.ts';
export default walSut('kernel-wal-sync-if-dirty', { syncIfDirty: true });
