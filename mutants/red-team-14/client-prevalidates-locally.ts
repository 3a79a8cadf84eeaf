// @ts-nocheck
// The client runs the control plane's validation itself, for fast feedback: an invalid
// request is shown rejected with the validator's explanation and never sent. The operator
// sees the same words, but the failure never reaches the control plane, so it is never
// logged. Breaks 9 ("All failures MUST ... be logged"; audit records for every failure)
// for 8.1's operator errors.
import { Client } from '../../src/client.ts';
import { validate } from '../../src/validation.ts';
import { reference } from '../../src/index.ts';

class PrevalidatingClient extends Client {
  onOperator(command) {
    if (command.kind === 'submit') {
      const problem = validate(command.operation);
      if (problem !== null) {
        const requestId = this.port.drawId();
        this.port.display({ kind: 'request-id', intent: command.intent, requestId });
        this.requests.set(requestId, { phase: 'done', token: '', timer: 0 });
        this.port.display({ kind: 'outcome', requestId, outcome: 'not-executed', source: 'validation', rejection: problem, text: problem.text });
        return;
      }
    }
    super.onOperator(command);
  }
}
export default { ...reference, name: 'red14-client-prevalidates-locally', createClient: (p, c) => new PrevalidatingClient(p, c) };
