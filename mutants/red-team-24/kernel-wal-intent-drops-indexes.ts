// @ts-nocheck
// intent serialised with a JSON.stringify field whitelist that forgets 'indexes'
import { walSut } from './_wal.ts';
export default walSut('kernel-wal-intent-drops-indexes', { lossyIntent: true });
