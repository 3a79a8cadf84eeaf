// @ts-nocheck
// MUTANT (7.1): after a restart the kernel rebuilds its first decisions from the log, but for a
// REJECT it keeps only the code and regenerates a generic text ("request rejected: CODE").
// Live decisions are untouched: only a DUPLICATE or a fenced-query answer about a request
// rejected by an earlier incarnation carries the changed text (kernel crash + late copy/query).
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
class K extends Kernel {
  onStart() {
    for (const record of this.port.records()) {
      if (record.kind === 'REJECT' && !this.decisions.has(record.requestId)) {
        this.decisions.set(record.requestId, { kind: 'REJECT', rejection: { code: record.rejection.code, text: `request rejected: ${record.rejection.code}` } });
      } else this.replay(record);
    }
  }
}
export default { ...reference, name: 'kernel-replay-rejection-text-from-code', createKernel: (port, config) => new K(port, config) };
