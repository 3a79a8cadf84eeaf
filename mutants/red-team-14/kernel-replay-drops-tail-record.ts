// @ts-nocheck
// A restarted kernel treats the last record of its log as possibly torn and does not replay
// it ("a half-written tail is safer ignored"). But every record it finds was synced: the
// last one may be an EXEC that was acknowledged. After the restart the kernel neither holds
// its effect nor remembers its decision: observes show a state without it, a fenced query
// fences it, a late copy of its dispatch executes it again. Breaks 5.3, 6.2, 7.2.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class TailDroppingKernel extends Kernel {
  onStart() {
    const records = this.port.records();
    for (const record of records.slice(0, Math.max(0, records.length - 1))) this.replay(record);
  }
}
export default { ...reference, name: 'red14-kernel-replay-drops-tail-record', createKernel: (p, c) => new TailDroppingKernel(p, c) };
