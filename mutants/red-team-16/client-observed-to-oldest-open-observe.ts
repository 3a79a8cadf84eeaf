// @ts-nocheck
// Mix-up (client): an `observed` reply is shown under the oldest observe this client still
// has open, not under the request id the reply names. An operator who lost patience and
// observed again sees the second read's state as the first observe's answer, and the
// first read's (older) state as the second's.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';

class FifoClient extends Client {
  observes = [];
  onOperator(command) {
    super.onOperator(command);
    if (command.kind === 'observe') {
      // the id just drawn is the newest request
      const ids = [...this.requests.keys()];
      this.observes.push(ids[ids.length - 1]);
    }
  }
  onMessage(from, message) {
    if (message.kind === 'observed') {
      this.observes = this.observes.filter((id) => { const r = this.requests.get(id); return r !== undefined && r.phase !== 'done'; });
      if (this.observes.length > 0 && this.observes.includes(message.requestId)) {
        const oldest = this.observes.shift();
        return super.onMessage(from, { ...message, requestId: oldest });
      }
    }
    return super.onMessage(from, message);
  }
}
export default { ...reference, name: 'client-observed-to-oldest-open-observe', createClient: (p, c) => new FifoClient(p, c) };
