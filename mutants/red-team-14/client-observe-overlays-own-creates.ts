// @ts-nocheck
// "Read your writes" in the UI: the client remembers the collections its own operator was
// told were created, and when it shows an observed state it adds any of them the view
// lacks (the view "may lag"). If another operator dropped or renamed one meanwhile, the
// operator is shown a collection the kernel does not hold. Breaks 4.3 / 10: what is shown
// as state must be kernel state.
import { Client } from '../../src/client.ts';
import { reference } from '../../src/index.ts';

class OverlayClient extends Client {
  ops = new Map();
  created = new Map();
  onOperator(command) {
    if (command.kind === 'submit') {
      const before = new Set(this.requests.keys());
      super.onOperator(command);
      for (const id of this.requests.keys()) if (!before.has(id)) this.ops.set(id, command.operation);
      return;
    }
    super.onOperator(command);
  }
  onMessage(from, message) {
    if (message.kind === 'answer' && message.outcome === 'executed') {
      const op = this.ops.get(message.requestId);
      if (op !== undefined && op.kind === 'create-collection') this.created.set(op.name, [...op.indexes].sort());
    }
    if (message.kind === 'observed') {
      const names = new Set(message.state.collections.map((c) => c.name));
      const extra = [...this.created].filter(([n]) => !names.has(n)).map(([name, indexes]) => ({ name, indexes }));
      if (extra.length > 0) {
        const collections = [...message.state.collections, ...extra].sort((a, b) => (a.name < b.name ? -1 : 1));
        message = { ...message, state: { ...message.state, collections } };
      }
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'red14-client-observe-overlays-own-creates', createClient: (p, c) => new OverlayClient(p, c) };
