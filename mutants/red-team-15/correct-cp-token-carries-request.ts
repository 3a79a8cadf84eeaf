// @ts-nocheck
// CORRECT: challenge tokens of another scheme: a fresh unique id joined with the request id
// ("<id>.<requestId>"). Still unique per challenge, still held only in memory, still checked
// against the request id of the confirm.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';

class TokenCP extends ControlPlane {
  onClient(client, message) {
    if (message.kind !== 'submit' || this.seen.has(message.requestId) || validate(message.operation) !== null) {
      return super.onClient(client, message);
    }
    this.seen.add(message.requestId);
    const token = `${this.port.drawId()}.${message.requestId}`;
    this.challenges.set(token, { requestId: message.requestId, operation: message.operation });
    this.port.send(client, { kind: 'challenge', requestId: message.requestId, token, operation: message.operation });
  }
}
export default { ...reference, name: 'correct-cp-token-carries-request', createControlPlane: (port, config) => new TokenCP(port, config) };
