// @ts-nocheck
// 9: an invalid set-config (unknown key or bad value) is audited with failure type
// "kernel-rejection" ("config is the kernel's business") instead of "invalid-request".
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'submit' && !self.seen.has(message.requestId) && message.operation.kind === 'set-config') {
      const problem = validate(message.operation);
      if (problem !== null) {
        probe('cp-invalid-config-as-kernel', message.requestId);
        self.seen.add(message.requestId);
        self.audit('kernel-rejection', message.requestId, 'not-executed');
        self.port.send(from, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'validation', rejection: problem, text: problem.text });
        return;
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-invalid-config-as-kernel', { createControlPlane: (p, c) => new CP(p, c) });
