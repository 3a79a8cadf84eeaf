// @ts-nocheck
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class K extends Kernel {
  onMessage(from, message) {
    this.at = this.at ?? new Map();
    if (message.kind === 'dispatch') {
      const t = this.at.get(message.requestId);
      if (t !== undefined && this.port.now() - t > 10000 && this.decisions.get(message.requestId)?.kind === 'EXEC') {
        // duplicate filter window expired: execute again
        const rejection = this.state.decide(message.operation);
        if (rejection === null) {
          this.port.append({ kind: 'EXEC', requestId: message.requestId, operation: message.operation });
          this.port.sync();
          this.state.apply(message.operation);
        }
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: rejection === null ? { kind: 'EXEC' } : { kind: 'REJECT', rejection } });
        return;
      }
      if (t === undefined) this.at.set(message.requestId, this.port.now());
    }
    super.onMessage(from, message);
  }
}
const sut = { ...reference, name: 'dup-window-reexec', createKernel: (port, config) => new K(port, config) };
export default sut;
