// @ts-nocheck
// Breaks 2 ("Explicit operator re-issuance") and 6.2/9 (a duplicate is a copy of one request,
// and the audit must name the affected request truly): the control plane detects duplicates by
// the operation's content, not its request id, so an operator's deliberate re-issue of the
// same operation (a new request) is swallowed as a "duplicate-request" and never challenged.
import { ControlPlane, probe, sut, validate } from './lib/common.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && validate(message.operation) === null) {
      const key = JSON.stringify(message.operation);
      this.byContent ??= new Map();
      const first = this.byContent.get(key);
      if (first !== undefined && first !== message.requestId && !this.seen.has(message.requestId)) {
        probe('b19-cp-dedup-by-content', `${message.requestId} as dup of ${first}`);
        this.seen.add(message.requestId);
        this.audit('duplicate-request', message.requestId, 'unknown');
        return;
      }
      if (first === undefined) this.byContent.set(key, message.requestId);
    }
    super.onClient(client, message);
  }
}
export default sut('b19-cp-dedup-by-content', { createControlPlane: (p, c) => new CP(p, c) });
