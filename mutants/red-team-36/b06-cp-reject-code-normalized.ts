// @ts-nocheck
// Breaks 7.1 ("The rejection MUST be surfaced verbatim"; "MUST NOT reinterpret"): the text
// stays verbatim but the control plane maps the kernel's rejection codes onto its own
// "friendlier" vocabulary (COLLECTION_EXISTS → ALREADY_EXISTS, NO_SUCH_* → NOT_FOUND).
import { ControlPlane, probe, sut } from './lib/common.ts';

const MAP = { COLLECTION_EXISTS: 'ALREADY_EXISTS', SNAPSHOT_EXISTS: 'ALREADY_EXISTS', INDEX_EXISTS: 'ALREADY_EXISTS',
  NO_SUCH_COLLECTION: 'NOT_FOUND', NO_SUCH_INDEX: 'NOT_FOUND' };
class CP extends ControlPlane {
  answer(requestId, outcome, source, rejection, text) {
    if (rejection !== null && MAP[rejection.code] !== undefined && source !== 'validation') {
      probe('b06-cp-reject-code-normalized', `${requestId} ${rejection.code}`);
      rejection = { code: MAP[rejection.code], text: rejection.text };
    }
    super.answer(requestId, outcome, source, rejection, text);
  }
}
export default sut('b06-cp-reject-code-normalized', { createControlPlane: (p, c) => new CP(p, c) });
