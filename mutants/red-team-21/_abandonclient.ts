// @ts-nocheck
// Shared: a client that lets the operator abandon right after confirming (the confirm may
// still be in the control plane's flush queue). It sends the abandon with the same token,
// stops waiting and shows nothing more about the request (like an abandon at the challenge).
import { Client } from '../../src/client.ts';
export class AbandonAfterConfirmClient extends Client {
  onOperator(command) {
    if (command.kind === 'abandon') {
      const request = this.requests.get(command.requestId);
      if (request !== undefined && request.phase === 'confirmed') {
        this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token: request.token });
        this.stopTimer(request);
        request.phase = 'done';
        return;
      }
    }
    super.onOperator(command);
  }
}
