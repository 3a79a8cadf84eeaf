// @ts-nocheck
// restart re-derives an orphan intent but does not record a re-derived REJECT
import { walSut } from './_wal.ts';
export default walSut('kernel-wal-orphan-rejection-forgotten', { orphanRejectionForgotten: true });
