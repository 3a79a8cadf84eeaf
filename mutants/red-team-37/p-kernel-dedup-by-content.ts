// @ts-nocheck
// BROKEN. Spec 6.2 / 4.3 / 5.2: the kernel "detects duplicates" by content: a dispatch whose
// operation is identical to one it decided earlier in this incarnation gets a DUPLICATE
// naming that earlier decision, though its request id was never decided (no record for it).
// A re-issued identical request is then told the first one's outcome.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';
import { probe } from './lib/common.ts';

class ContentDedupKernel extends Kernel {
  constructor(port, config) { super(port, config); this.p = port; this.byContent = new Map(); }
  onMessage(from, m) {
    if (m.kind === 'dispatch' && !this.decisions.has(m.requestId)) {
      const key = JSON.stringify(m.operation);
      const firstId = this.byContent.get(key);
      if (firstId !== undefined && this.decisions.has(firstId)) {
        probe('p-kernel-dedup-by-content', `${m.requestId} treated as duplicate of ${firstId}`);
        this.p.send(from, { kind: 'duplicate', requestId: m.requestId, first: this.decisions.get(firstId) });
        return;
      }
      super.onMessage(from, m);
      if (this.decisions.has(m.requestId)) this.byContent.set(key, m.requestId);
      return;
    }
    super.onMessage(from, m);
  }
}
export default { ...reference, name: 'p-kernel-dedup-by-content', createKernel: (port, config) => new ContentDedupKernel(port, config) };
