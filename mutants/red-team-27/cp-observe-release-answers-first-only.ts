// @ts-nocheck
// Read-after-write holding (as correct-observe-after-writes), but the held observes are released
// with one read under the first one's id while each client is registered under its own id: only
// the first is ever answered, the others' reads are never passed on.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  release(held) {
    if (held.length > 1) probe('first-only', held.length);
    for (const { client, requestId } of held) this.wait(requestId, client);
    this.port.send(this.config.kernel, { kind: 'read', requestId: held[0].requestId });
  }
}
export default sutWith('red27-cp-observe-release-answers-first-only', CP);
