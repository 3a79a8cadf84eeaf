// @ts-nocheck
// CORRECT (we believe): read-after-write ordering. An observe that arrives while a dispatch or
// fenced query is outstanding (unanswered and not yet timed out) is held, and read for as soon
// as none is, so the operator sees the effect of every write the control plane had in flight.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith } from './_sut.ts';

class CP extends HoldingControlPlane {}
export default sutWith('red27-correct-observe-after-writes', CP);
