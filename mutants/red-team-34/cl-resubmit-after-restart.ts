// @ts-nocheck
// 4.1 / 10: the client journals each submit (INTENT, synced) before sending it and marks it
// sent afterwards; after a crash it re-sends any submit it journalled but never marked,
// "so the operator's typing is not lost". The operator must reissue; the client must not.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  onStart(): void {
    const self = this as any;
    const pending = new Map<string, any>();
    for (const r of self.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'submit') pending.set(d.requestId, d.operation);
      else if (d.t === 'sent') pending.delete(d.requestId);
    }
    for (const [requestId, operation] of pending) {
      probe('cl-resubmit-after-restart', requestId);
      self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'sent', requestId }) });
      self.port.sync();
      self.port.send(self.config.controlPlane, { kind: 'submit', requestId, operation });
      self.requests.set(requestId, { phase: 'submitted', token: '', timer: self.startTimer(requestId) });
    }
  }
  onOperator(command: any): void {
    const self = this as any;
    if (command.kind !== 'submit') return super.onOperator(command);
    const requestId = self.port.drawId();
    self.port.display({ kind: 'request-id', intent: command.intent, requestId });
    self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'submit', requestId, operation: command.operation }) });
    self.port.sync();
    self.port.send(self.config.controlPlane, { kind: 'submit', requestId, operation: command.operation });
    self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'sent', requestId }) });
    self.port.sync();
    self.requests.set(requestId, { phase: 'submitted', token: '', timer: self.startTimer(requestId) });
  }
}
export default sut('cl-resubmit-after-restart', { createClient: (p, c) => new C(p, c) });
