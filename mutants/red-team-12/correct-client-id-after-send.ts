// CORRECT ALTERNATIVE: the client shows the request id right AFTER handing the submit (or
// observe) to the network instead of just before. The spec's clauses on client crashes hold
// either way: 4.1 — a crash before the request is submitted sends nothing and shows nothing
// (no request reaches the kernel, nothing changes); 4.2 — a crash after submission and
// before confirmation leaves a challenge nobody can confirm (the token died with the
// client), so the request is never executed; the operator reissues. Nothing in the spec
// requires the id to be shown before the send.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';

class IdAfterSend extends Client {
  constructor(port: Port, config: ClientConfig) {
    const p = Object.create(port) as Port;
    let held: any = null;
    p.display = (d) => {
      if (d.kind === 'request-id') {
        held = d;
        return;
      }
      port.display(d);
    };
    p.send = (to, m) => {
      port.send(to, m);
      if (held !== null && (m.kind === 'submit' || m.kind === 'observe') && m.requestId === held.requestId) {
        const d = held;
        held = null;
        port.display(d);
      }
    };
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-correct-client-id-after-send',
  createClient: (port, config) => new IdAfterSend(port, config),
};
export default sut;
