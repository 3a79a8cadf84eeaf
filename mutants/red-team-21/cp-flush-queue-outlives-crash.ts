// @ts-nocheck
// MUTANT: the flush queue is kept in a module-level map keyed by the control plane's config
// address, so it outlives a crash of the incarnation that filled it; the next incarnation
// arms its flush timer on start and dispatches what an earlier incarnation had confirmed.
import { reference } from '../../src/index.ts';
import { makeFlushCP, FLUSH, FLUSH_MS } from './_flushcp.ts';
const Base = makeFlushCP({});
// keyed by the kernel address; a clock that went backwards means a new run in this worker
const queues = new Map();
class CP extends Base {
  constructor(port, config) {
    super(port, config);
    const now = port.now();
    const slot = queues.get(config.kernel);
    if (slot === undefined || now < slot.at) queues.set(config.kernel, { at: now, q: [] });
    else slot.at = now;
    this.queue = queues.get(config.kernel).q;
  }
  onStart() {
    super.onStart();
    if (this.queue.length > 0) {
      globalThis.__rt21_carried = (globalThis.__rt21_carried ?? 0) + this.queue.length;
      if (process.env.RT21_LOG) console.error('RT21 carried over', this.queue.map((q) => q.requestId).join(','));
      this.flushTimer = this.port.setTimer(FLUSH_MS, FLUSH);
    }
  }
  onTimer(name, id) {
    if (name !== FLUSH) return super.onTimer(name, id);
    this.flushTimer = 0;
    const q = this.queue.splice(0);
    for (const { requestId, operation } of q) {
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId, operation });
      this.startKernelTimer(requestId);
    }
  }
}
export default { ...reference, name: 'cp-flush-queue-outlives-crash', createControlPlane: (p, c) => new CP(p, c) };
