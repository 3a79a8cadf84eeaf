// @ts-nocheck
// Mix-up: duplicate submits are detected by (client, operation) instead of by request id:
// a new request from the same terminal with the same operation as one still awaiting its
// confirm is taken for a network copy and only audited, never challenged.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class DupByOpCP extends ControlPlane {
  pendingOps = new Map(); // client|op -> request id
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId)) {
      const key = `${client}|${JSON.stringify(message.operation)}`;
      const other = this.pendingOps.get(key);
      if (other !== undefined && [...this.challenges.values()].some((c) => c.requestId === other)) {
        this.seen.add(message.requestId);
        this.audit('duplicate-request', message.requestId, 'unknown');
        return;
      }
      this.pendingOps.set(key, message.requestId);
    }
    return super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-duplicate-submit-by-operation', createControlPlane: (p, c) => new DupByOpCP(p, c) };
