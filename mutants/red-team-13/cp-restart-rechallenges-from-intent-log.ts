// @ts-nocheck
// Mutant (5.1, 10): a write-ahead "pending challenge" journal. Before challenging a submit, the
// control plane journals the request (id, operation, client) as an INTENT record, synced; a
// confirm, an abandon or an expiry closes it. After a restart it re-issues a challenge — with a
// fresh token of its own incarnation — for every submit the journal shows as still open, "so
// that the operator is not left hanging". A crash before the challenge reached the client
// thus no longer ends the action: the restarted control plane completes the half-done flow.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class RechallengingControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; }
  onStart() {
    super.onStart();
    const open = new Map();
    for (const record of this.p.records()) {
      if (record.kind !== 'INTENT') continue;
      const data = JSON.parse(record.data);
      if (data.t === 'open') open.set(data.requestId, data);
      else open.delete(data.requestId);
    }
    for (const data of open.values()) {
      this.seen.add(data.requestId);
      const token = this.p.drawId();
      this.challenges.set(token, { requestId: data.requestId, operation: data.operation });
      this.p.send(data.client, { kind: 'challenge', requestId: data.requestId, token, operation: data.operation });
    }
  }
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId)) {
      const { validate } = VALIDATE;
      if (validate(message.operation) === null) {
        this.p.append({ kind: 'INTENT', data: JSON.stringify({ t: 'open', requestId: message.requestId, operation: message.operation, client }) });
        this.p.sync();
      }
    }
    if (message.kind === 'confirm' || message.kind === 'abandon') {
      const c = this.challenges.get(message.token);
      if (c !== undefined && c.requestId === message.requestId) {
        this.p.append({ kind: 'INTENT', data: JSON.stringify({ t: 'closed', requestId: message.requestId }) });
        this.p.sync();
      }
    }
    return super.onClient(client, message);
  }
}
import * as VALIDATE from '../../src/validation.ts';

export default {
  ...reference,
  name: 'red13-cp-restart-rechallenges-from-intent-log',
  createControlPlane: (port, config) => new RechallengingControlPlane(port, config),
};
