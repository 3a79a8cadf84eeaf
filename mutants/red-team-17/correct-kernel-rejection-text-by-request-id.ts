// @ts-nocheck
// CORRECT: the kernel words its rejections by request id and reason instead of by the
// collection's name: 'request r7 rejected: collection already exists (COLLECTION_EXISTS)'.
// The code is unchanged; the text is the kernel's own, durable in its REJECT record, and the
// control plane surfaces it verbatim. Nothing in the spec fixes the kernel's wording.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
import { KernelState } from '../../src/kernel-state.ts';

const REASON = {
  COLLECTION_EXISTS: 'collection already exists', NO_SUCH_COLLECTION: 'collection does not exist',
  INDEX_EXISTS: 'index already exists', INDEX_LIMIT: 'too many indexes', NO_SUCH_INDEX: 'index does not exist',
  SNAPSHOT_EXISTS: 'snapshot already exists',
};
class K extends Kernel {
  current = '';
  constructor(port, config) {
    super(port, config);
    this.state.decide = (op) => {
      const r = KernelState.prototype.decide.call(this.state, op);
      return r === null ? null : { code: r.code, text: `request ${this.current} rejected: ${REASON[r.code] ?? r.code} (${r.code})` };
    };
  }
  onMessage(from, message) {
    if (message.kind === 'dispatch') this.current = message.requestId;
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'correct-kernel-rejection-text-by-request-id', createKernel: (p, c) => new K(p, c) };
