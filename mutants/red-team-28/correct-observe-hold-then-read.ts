// @ts-nocheck
// CORRECT (different design): holds observes while any dispatch of its own is outstanding,
// then sends one read per held observe once every dispatch has a decision or timed out.
import { probe, sut } from './_sut.ts';
import { HoldCP } from './_hold.ts';
const N = 'correct-observe-hold-then-read';
class CP extends HoldCP { onHold(id) { probe(N, `hold ${id}`); } }
export default sut(N, { cp: CP });
