// MUTANT (spec 9: "All failures MUST: Be observable"; 13 "Rejection over uncertainty"). When
// the operator asks about a request id this client never issued (another operator's
// request, or an id read off a ticket), the client sends the outcome query but starts no
// response timer: "it is not our request, we have nothing to time out". If the control
// plane or the network is silent, the operator is never told "no response — outcome
// unknown"; the question just hangs.
// Shows: an ask-outcome about a foreign id whose query or answer is lost (drop, partition,
// control-plane crash).
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

class NoForeignTimer extends Client {
  onOperator(command: any): void {
    const self = this as any;
    if (command.kind === 'ask-outcome' && !self.requests.has(command.requestId)) {
      self.port.send(self.config.controlPlane, { kind: 'outcome-query', requestId: command.requestId });
      self.requests.set(command.requestId, { phase: 'asking', token: '', timer: 0 });
      return;
    }
    super.onOperator(command);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-client-no-timer-for-foreign-ids',
  createClient: (port, config) => new NoForeignTimer(port, config),
};
export default sut;
