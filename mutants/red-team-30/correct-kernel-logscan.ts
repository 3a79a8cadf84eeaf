// @ts-nocheck
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class K extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch') {
      let first;
      for (const r of this.port.records()) {
        if (r.requestId !== message.requestId) continue;
        if (r.kind === 'EXEC') first = { kind: 'EXEC' };
        else if (r.kind === 'REJECT') first = { kind: 'REJECT', rejection: r.rejection };
        else if (r.kind === 'FENCE') first = { kind: 'FENCE' };
        else continue;
        break;
      }
      if (first !== undefined) {
        this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
const sut = { ...reference, name: 'correct-kernel-logscan', createKernel: (port, config) => new K(port, config) };
export default sut;
