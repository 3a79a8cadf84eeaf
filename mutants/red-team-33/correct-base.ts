// @ts-nocheck
// correct (spec 9): the shared base alone — group commit, every answer held until the batch's sync.
import { GCBase, makeSut } from './lib/gcbase.ts';
export default makeSut('rt33 correct-base', GCBase);
