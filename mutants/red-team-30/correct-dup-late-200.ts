// @ts-nocheck
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class K extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'dispatch') {
      const first = this.decisions.get(message.requestId);
      if (first !== undefined) {
        const port = this.port;
        this.lateQ = this.lateQ ?? [];
        this.lateQ.push([from, { kind: 'duplicate', requestId: message.requestId, first }]);
        port.setTimer(200, '__late');
        return;
      }
    }
    super.onMessage(from, message);
  }
  onTimer(name, id) {
    if (name !== '__late') return super.onTimer(name, id);
    const [to, m] = this.lateQ.shift();
    this.port.send(to, m);
  }
}
const sut = { ...reference, name: 'correct-dup-late-200', createKernel: (port, config) => new K(port, config) };
export default sut;
