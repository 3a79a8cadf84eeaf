// @ts-nocheck
// MUTANT (9, 7.1): like correct-kernel-rejection-text-by-request-id, but the request id in the text is
// updated only after the decision: a rejection names the PREVIOUS dispatch's request id.
// The text explains another request, not its own (e.g. r7's rejection says 'request r5 rejected').
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
import { KernelState } from '../../src/kernel-state.ts';

const REASON = {
  COLLECTION_EXISTS: 'collection already exists', NO_SUCH_COLLECTION: 'collection does not exist',
  INDEX_EXISTS: 'index already exists', INDEX_LIMIT: 'too many indexes', NO_SUCH_INDEX: 'index does not exist',
  SNAPSHOT_EXISTS: 'snapshot already exists',
};
class K extends Kernel {
  current = 'r0';
  constructor(port, config) {
    super(port, config);
    this.state.decide = (op) => {
      const r = KernelState.prototype.decide.call(this.state, op);
      return r === null ? null : { code: r.code, text: `request ${this.current} rejected: ${REASON[r.code] ?? r.code} (${r.code})` };
    };
  }
  onMessage(from, message) {
    super.onMessage(from, message);
    if (message.kind === 'dispatch') this.current = message.requestId; // too late: names the next one's text
  }
}
export default { ...reference, name: 'kernel-rejection-text-names-previous-request', createKernel: (p, c) => new K(p, c) };
