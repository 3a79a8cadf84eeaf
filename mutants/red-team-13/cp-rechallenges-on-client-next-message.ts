// @ts-nocheck
// Mutant (5.1, 10): like a write-ahead journal of submits (INTENT, synced before the challenge),
// but the restarted control plane waits for a sign of life: when a client it had open submits
// for sends it anything at all, it challenges those submits again with fresh tokens. The
// client's next message becomes the cue to complete a flow a crash had ended.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';

class CueControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.carried = new Map(); }
  onStart() {
    super.onStart();
    for (const record of this.p.records()) {
      if (record.kind !== 'INTENT') continue;
      const data = JSON.parse(record.data);
      if (data.t === 'open') this.carried.set(data.requestId, data);
      else this.carried.delete(data.requestId);
    }
  }
  onClient(client, message) {
    for (const [requestId, data] of [...this.carried]) {
      if (data.client !== client || requestId === message.requestId) continue;
      this.carried.delete(requestId);
      this.seen.add(requestId);
      const token = this.p.drawId();
      this.challenges.set(token, { requestId, operation: data.operation });
      this.p.send(client, { kind: 'challenge', requestId, token, operation: data.operation });
    }
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && validate(message.operation) === null) {
      this.p.append({ kind: 'INTENT', data: JSON.stringify({ t: 'open', requestId: message.requestId, operation: message.operation, client }) });
      this.p.sync();
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

export default {
  ...reference,
  name: 'red13-cp-rechallenges-on-client-next-message',
  createControlPlane: (port, config) => new CueControlPlane(port, config),
};
