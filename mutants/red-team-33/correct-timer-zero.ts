// @ts-nocheck
// correct (spec 9): the group timer is 0 ms — the sync and the held answers come in the very next step.
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase { constructor(p, c) { super(p, c, 0); } }
export default makeSut('rt33 correct-timer-zero', M);
