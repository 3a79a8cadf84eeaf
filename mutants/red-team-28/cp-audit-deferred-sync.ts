// @ts-nocheck
// Control plane: audit records are appended at once but synced in batches (every 4th record)
// to save fsyncs; the answers go out meanwhile.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-audit-deferred-sync';
class CP extends ControlPlane {
  pending = 0;
  audit(failure, requestId, outcome) {
    this.port.append({ kind: 'AUDIT', failure, timeMs: this.port.now(), requestId, outcome });
    this.pending++;
    if (this.pending >= 4) { this.port.sync(); this.pending = 0; } else probe(N, `unsynced audit ${requestId}`);
    if (outcome === 'unknown') this.unresolved.add(requestId); else this.unresolved.delete(requestId);
  }
}
export default sut(N, { cp: CP });
