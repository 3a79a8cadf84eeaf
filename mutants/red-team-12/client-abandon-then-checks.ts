// MUTANT (spec 8.2 "If an operator abandons an operation mid-flow: … No cleanup action is
// triggered automatically · The system remains unchanged"). After sending an abandon the
// client, to be sure, sends an outcome query about the abandoned request on its own — "so
// nothing can still execute". The control plane turns it into a fenced query and the kernel
// durably writes a FENCE for the request: a kernel state change (the decision log) that no
// operator asked for, triggered automatically by abandonment. The client shows nothing of it
// (the request is done for the operator).
// Shows: every abandon.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

class CheckingAbandon extends Client {
  onOperator(command: any): void {
    const self = this as any;
    const request = self.requests.get(command.requestId);
    const abandoning = command.kind === 'abandon' && request !== undefined && request.phase === 'challenged';
    super.onOperator(command);
    if (abandoning) self.port.send(self.config.controlPlane, { kind: 'outcome-query', requestId: command.requestId });
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-client-abandon-then-checks',
  createClient: (port, config) => new CheckingAbandon(port, config),
};
export default sut;
