// @ts-nocheck
// Correct alternative (6.2: "the control plane MUST detect duplicates where possible"): the
// request ids the control plane has seen submitted are journalled (INTENT, synced before the
// challenge or the validation answer goes out). A restarted control plane reads them back and
// so still recognises a network copy of a submit that reached an earlier incarnation: it logs
// the duplicate and challenges nothing, as it does within one incarnation. It recovers no
// in-flight work (no challenge, no dispatch, no waiting client): only the ability to detect.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class DurableSeenControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; }
  onStart() {
    super.onStart();
    for (const record of this.p.records()) {
      if (record.kind === 'INTENT' && record.data.startsWith('seen ')) this.seen.add(record.data.slice(5));
    }
  }
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId)) {
      this.p.append({ kind: 'INTENT', data: 'seen ' + message.requestId });
      this.p.sync();
    }
    return super.onClient(client, message);
  }
}

export default {
  ...reference,
  name: 'red13-correct-cp-durable-seen-ids',
  createControlPlane: (port, config) => new DurableSeenControlPlane(port, config),
};
