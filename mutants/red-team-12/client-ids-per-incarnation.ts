// MUTANT (spec 1 "They MUST NOT create ambiguity about what has or has not executed"; 4.3
// "The execution outcome MUST be determined from kernel state"; 6.2 "Silent duplicate
// execution is forbidden"). The client names its requests `<client id>.<n>`: the client id
// is drawn once and kept durably (an INTENT record), so ids stay readable across restarts;
// the counter n lives in memory and restarts at 1 with each incarnation. After a client
// restart its new requests reuse the ids of its earlier ones: the control plane ignores them
// as duplicates (the operator hears "no response"), or — once the control plane has
// restarted too — the kernel answers DUPLICATE and the operator is told the earlier
// request's outcome as this one's.
// Shows: only after a client crash and restart (before that, ids are unique).
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';

class CountingClient extends Client {
  private n = 0;
  private prefix = '';
  constructor(private readonly realPort: Port, config: ClientConfig) {
    const counting = Object.create(realPort) as Port;
    super(counting, config);
    counting.drawId = () => {
      this.n += 1;
      return `${this.prefix}.${this.n}`;
    };
  }
  onStart(): void {
    for (const r of this.realPort.records()) if (r.kind === 'INTENT' && r.data.startsWith('client-id:')) this.prefix = r.data.slice(10);
    if (this.prefix === '') {
      const id = this.realPort.drawId();
      this.realPort.append({ kind: 'INTENT', data: `client-id:${id}` });
      this.realPort.sync();
      this.prefix = id;
    }
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-client-ids-per-incarnation',
  createClient: (port, config) => new CountingClient(port, config),
};
export default sut;
