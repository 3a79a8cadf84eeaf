// @ts-nocheck
// intended write-ahead kernel
import { walSut } from './_wal.ts';
export default walSut('correct-kernel-wal', {});
