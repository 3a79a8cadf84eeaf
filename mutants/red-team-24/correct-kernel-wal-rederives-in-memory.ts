// @ts-nocheck
// restart re-derives each orphan intent in log order, in memory only (the intent is the durable proof)
import { walSut } from './_wal.ts';
export default walSut('correct-kernel-wal-rederives-in-memory', { inMemoryOnly: true });
