// @ts-nocheck
// CORRECT alternative (as far as the failure model goes). The kernel answers reads with its
// state in creation order — collections, their indexes and config keys in the order they
// were created — instead of sorted by name. Same content; the spec says nothing of order.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

function creationOrderView(state) {
  return {
    collections: [...state.collections.keys()].map((name) => ({ name, indexes: [...(state.collections.get(name) ?? [])] })),
    config: [...state.config.keys()].map((key) => ({ key, value: state.config.get(key) ?? '' })),
    snapshots: [...state.snapshots.keys()].map((name) => ({ name, collections: [...(state.snapshots.get(name) ?? [])] })),
  };
}

class CreationOrderKernel extends Kernel {
  onMessage(from, message) {
    if (message.kind === 'read') {
      this.port.send(from, { kind: 'state', requestId: message.requestId, state: creationOrderView(this.state) });
      return;
    }
    super.onMessage(from, message);
  }
  inspect() { return creationOrderView(this.state); }
}
export default { ...reference, name: 'red14-correct-kernel-view-creation-order', createKernel: (p, c) => new CreationOrderKernel(p, c) };
