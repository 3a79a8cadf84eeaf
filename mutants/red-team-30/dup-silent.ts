// @ts-nocheck
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class K extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch') {
      const first = this.decisions.get(message.requestId);
      if (first !== undefined) {
        const port = this.port;
        // the copy is simply ignored: no reply
        return;
      }
    }
    super.onMessage(from, message);
  }

}
const sut = { ...reference, name: 'dup-silent', createKernel: (port, config) => new K(port, config) };
export default sut;
