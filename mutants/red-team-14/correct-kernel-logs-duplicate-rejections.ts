// @ts-nocheck
// CORRECT alternative. The kernel rejects duplicates deterministically (6.2) as the
// reference does — a DUPLICATE naming the first decision — and also logs each duplicate it
// rejected, durably, before replying: a REJECT record with code DUPLICATE for the same
// request id. The first record of an id stays its decision; replay keeps first-wins, so
// state and every answer are the reference's. Only the log is more complete.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class LoggingDuplicatesKernel extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch') {
      const first = this.decisions.get(message.requestId);
      if (first !== undefined) {
        this.port.append({ kind: 'REJECT', requestId: message.requestId,
          rejection: { code: 'DUPLICATE', text: `request ${message.requestId} was already decided (${first.kind})` } });
        this.port.sync();
        this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'red14-correct-kernel-logs-duplicate-rejections', createKernel: (p, c) => new LoggingDuplicatesKernel(p, c) };
