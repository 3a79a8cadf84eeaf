// @ts-nocheck
// MUTANT (4.2): an outcome query about a request whose challenge is still pending here is read
// as "the operator wants it done": the challenge is confirmed on the operator's behalf and the
// answer comes from the dispatch. Misbehaves when a client crashed before confirming and the
// operator (after restart) asks about the request.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'outcome-query') {
      for (const [token, ch] of this.challenges) {
        if (ch.requestId === message.requestId) return super.onClient(client, { kind: 'confirm', requestId: message.requestId, token });
      }
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-outcome-query-confirms-pending', createControlPlane: (port, config) => new CP(port, config) };
