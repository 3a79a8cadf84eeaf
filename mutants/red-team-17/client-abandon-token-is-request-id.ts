// @ts-nocheck
// MUTANT (8.2, 9): the client passes on the operator's abandon, promptly and for the right
// request, but with the request id in the token field. The control plane cannot match it to
// its challenge and (as the reference does) ignores it: the abandon is never logged.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  onOperator(command) {
    if (command.kind === 'abandon') {
      const request = this.requests.get(command.requestId);
      if (request === undefined || request.phase !== 'challenged') return;
      this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token: command.requestId });
      request.phase = 'done';
      return;
    }
    super.onOperator(command);
  }
}
export default { ...reference, name: 'client-abandon-token-is-request-id', createClient: (p, c) => new C(p, c) };
