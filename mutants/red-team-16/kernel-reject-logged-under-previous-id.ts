// @ts-nocheck
// Mix-up (kernel): it decides and replies correctly, but writes a REJECT record under the
// id of the request it decided just before (a stale "current request" variable). In
// memory the decision is right; after a restart the rejected request has no decision.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';

class PrevIdKernel extends Kernel {
  lastId = null;
  decideDurably(record) {
    const written = record.kind === 'REJECT' && this.lastId !== null ? { ...record, requestId: this.lastId } : record;
    this.port.append(written);
    this.port.sync();
    this.replay(record);
    this.lastId = record.requestId;
  }
}
export default { ...reference, name: 'kernel-reject-logged-under-previous-id', createKernel: (p, c) => new PrevIdKernel(p, c) };
