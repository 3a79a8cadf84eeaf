// @ts-nocheck
// Client: request ids are "<client prefix>-<sequence>", the prefix drawn once and kept in the
// client's log, the sequence in memory only. After a client restart the sequence starts again at 1:
// a new request reuses the id of an earlier one, and the kernel's DUPLICATE for the earlier request
// is reported as this one's outcome (6.2: silent duplicate execution forbidden; 4.3: outcome from
// kernel state — of another request).
import { Client } from '../../src/client.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
const issued = new Map(); // probe only: prefix -> ids issued in this run
class C extends Client {
  onStart() {
    const rec = this.port.records().find((r) => r.kind === 'INTENT');
    if (rec !== undefined) { this.prefix = JSON.parse(rec.data).prefix; this.restarted = true; }
    else {
      this.prefix = this.port.drawId();
      this.port.append({ kind: 'INTENT', data: JSON.stringify({ prefix: this.prefix }) });
      this.port.sync();
      this.restarted = false;
      issued.set(this.prefix, new Set());
    }
    this.seq = 0;
    const port = this.port;
    const self = this;
    this.port = new Proxy(port, {
      get(target, prop) {
        if (prop === 'drawId') return () => {
          self.seq += 1;
          const id = `${self.prefix}-${self.seq}`;
          const set = issued.get(self.prefix);
          if (set !== undefined) { if (set.has(id)) probe('client-seq-ids', `request id ${id} reused after a client restart`); set.add(id); }
          return id;
        };
        const v = target[prop];
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  }
}
export default sutWith('client-seq-ids', { createClient: (p, c) => new C(p, c) });
