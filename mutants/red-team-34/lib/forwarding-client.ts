// @ts-nocheck
// A client that also forwards an abandon typed right after a confirm (same token), leaving
// it to the control plane to ignore: harmless with the reference control plane.
import { Client } from '../../../src/client.ts';
import type { OperatorCommand } from '../../../src/protocol.ts';

export class ForwardingClient extends Client {
  private readonly tokens = new Map<string, string>();
  onOperator(command: OperatorCommand): void {
    const self = this as any;
    if (command.kind === 'confirm') {
      const r = self.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'challenged') this.tokens.set(command.requestId, r.token);
    }
    if (command.kind === 'abandon') {
      const r = self.requests.get(command.requestId);
      const token = this.tokens.get(command.requestId);
      if (r !== undefined && r.phase === 'confirmed' && token !== undefined) {
        self.port.send(self.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token });
        return;
      }
    }
    super.onOperator(command);
  }
}
