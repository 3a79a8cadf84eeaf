// @ts-nocheck
// correct (spec 9): a long batch (40 ms): answers may come after the client gave up ("no response"), which the spec allows.
import { GCBase, makeSut } from './lib/gcbase.ts';
class M extends GCBase { constructor(p, c) { super(p, c, 40); } }
export default makeSut('rt33 correct-long-batch', M);
