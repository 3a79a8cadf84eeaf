// @ts-nocheck
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class K extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch') {
      const first = this.decisions.get(message.requestId);
      if (first !== undefined) {
        const port = this.port;
        port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
        port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
        return;
      }
    }
    super.onMessage(from, message);
  }

}
const sut = { ...reference, name: 'correct-dup-twice', createKernel: (port, config) => new K(port, config) };
export default sut;
