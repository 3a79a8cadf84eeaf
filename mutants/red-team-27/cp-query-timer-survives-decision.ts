// @ts-nocheck
// Separate timers per kind of ask: a fenced query about a request whose dispatch is outstanding
// gets its own timer, which only a query answer stops. When the dispatch's decision answers
// everyone and the query answer is then lost or late, the query timer still fires and audits a
// kernel-timeout, outcome "unknown", for a request whose decision the kernel gave and the
// control plane reported.
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  queryTimers = new Map();
  reported = new Set();
  onClient(client, message) {
    if (message.kind === 'outcome-query') {
      this.wait(message.requestId, client);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
      const old = this.queryTimers.get(message.requestId);
      if (old !== undefined) this.port.cancelTimer(old);
      this.queryTimers.set(message.requestId, this.port.setTimer(this.config.kernelTimeoutMs, 'q:' + message.requestId));
      return;
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'query-answer') {
      const t = this.queryTimers.get(reply.requestId);
      if (t !== undefined) { this.queryTimers.delete(reply.requestId); this.port.cancelTimer(t); }
    }
    if (reply.kind !== 'state') this.reported.add(reply.requestId);
    super.onKernel(reply);
  }
  onTimer(name, id) {
    if (name.startsWith('q:')) {
      const rid = name.slice(2);
      if (!this.queryTimers.has(rid)) return;
      this.queryTimers.delete(rid);
      if (this.reported.has(rid)) probe('query-timeout-after-decision', rid);
      this.audit('kernel-timeout', rid, 'unknown');
      this.answer(rid, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('red27-cp-query-timer-survives-decision', CP);
