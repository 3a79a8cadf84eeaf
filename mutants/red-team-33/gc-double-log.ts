// @ts-nocheck
// breaks spec 9 (explainable log): the batch timer appends a "commit" copy of each record of the batch (stamped now) before the sync — every failure appears twice.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  constructor(p, c) { super(p, c); this.inBatch = []; }
  hookAppend(record) { this.inBatch.push(record); super.hookAppend(record); }
  flush() {
    const b = this.inBatch; this.inBatch = [];
    for (const r of b) if (r.kind === 'AUDIT') { probe('double-log ' + r.failure + ' ' + r.requestId); this.disk.append({ ...r, timeMs: this.disk.now() }); }
    super.flush();
  }
}
export default makeSut('rt33 gc-double-log', M);
