// @ts-nocheck
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class K extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch') {
      const first = this.decisions.get(message.requestId);
      if (first !== undefined) {
        const port = this.port;
        port.send(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'REJECT', rejection: { code: 'DUPLICATE', text: 'duplicate request' } } });
        return;
      }
    }
    super.onMessage(from, message);
  }

}
const sut = { ...reference, name: 'dup-reject-code', createKernel: (port, config) => new K(port, config) };
export default sut;
