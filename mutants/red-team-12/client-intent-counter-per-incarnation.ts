// MUTANT (spec 1 "They MUST NOT create ambiguity about what has or has not executed"; 4.1/4.3
// "Operator must reissue"). The client labels the request ids it shows with its own count of
// the operator's intents instead of the intent number the operator typed; the count lives in
// memory and starts again at 0 after a crash. Before any restart the two agree; after one,
// the operator is told "request id rN for intent 0" for, say, intent 7 — and matches the
// outcome of rN to the wrong intent (believing intent 0 ran again, or intent 7 never ran).
// Shows: the first submit or observe after a client restart.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';

class CountingIntents extends Client {
  private count = 0;
  constructor(port: Port, config: ClientConfig) {
    const p = Object.create(port) as Port;
    p.display = (d) => port.display(d.kind === 'request-id' ? { ...d, intent: this.count++ } : d);
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-client-intent-counter-per-incarnation',
  createClient: (port, config) => new CountingIntents(port, config),
};
export default sut;
