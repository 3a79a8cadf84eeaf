// @ts-nocheck
// 4.1 / 1: the client sends the submit first and shows the request id afterwards ("only
// show ids of requests that actually left"). A crash between the two leaves a request in
// the system whose id the operator never saw, so it cannot ask about it.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  onOperator(command: any): void {
    const self = this as any;
    if (command.kind !== 'submit') return super.onOperator(command);
    const requestId = self.port.drawId();
    self.port.send(self.config.controlPlane, { kind: 'submit', requestId, operation: command.operation });
    probe('correct-cl-id-after-send', requestId);
    self.requests.set(requestId, { phase: 'submitted', token: '', timer: 0 });
    self.requests.get(requestId).timer = self.startTimer(requestId);
    self.port.display({ kind: 'request-id', intent: command.intent, requestId });
  }
}
export default sut('correct-cl-id-after-send', { createClient: (p, c) => new C(p, c) });
