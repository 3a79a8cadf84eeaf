// @ts-nocheck
// MUTANT (8.2, 10): the client journals every abandon (request id and token, synced) before
// sending it, and after a restart sends each journalled abandon again "in case the first was
// lost" — a retry of an operator action across a restart.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  onStart() {
    for (const r of this.port.records()) {
      if (r.kind !== 'INTENT') continue;
      const d = JSON.parse(r.data);
      if (d.t === 'abandon') this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: d.id, token: d.token });
    }
  }
  onOperator(command) {
    if (command.kind === 'abandon') {
      const request = this.requests.get(command.requestId);
      if (request !== undefined && request.phase === 'challenged') {
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'abandon', id: command.requestId, token: request.token }) });
        this.port.sync();
      }
    }
    super.onOperator(command);
  }
}
export default { ...reference, name: 'red18-client-resends-abandon-after-restart', createClient: (p, c) => new C(p, c) };
