// @ts-nocheck
// MUTANT (4.2, 2): the client lets one confirmed request be in flight at a time: a confirm typed
// while another of its requests awaits its answer is silently ignored (the challenge stays on
// screen). The operator's confirm is never passed on, and nothing tells the operator.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class C extends Client {
  onOperator(command) {
    if (command.kind === 'confirm') {
      for (const [id, r] of this.requests) if (id !== command.requestId && r.phase === 'confirmed') return;
    }
    super.onOperator(command);
  }
}
export default { ...reference, name: 'client-serializes-confirms-silently', createClient: (p, c) => new C(p, c) };
