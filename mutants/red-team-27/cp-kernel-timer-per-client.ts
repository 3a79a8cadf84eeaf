// @ts-nocheck
// One kernel timer per client session rather than per request: a client's second ask while its
// first is outstanding re-labels the running timer with the newer request id, so the timeout
// is audited for the newer request, before its own deadline.
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  sessions = new Map(); // client -> { timer, requestId }
  currentClient = -1;
  onClient(client, message) {
    this.currentClient = client;
    try { super.onClient(client, message); } finally { this.currentClient = -1; }
  }
  startKernelTimer(requestId) {
    const client = this.currentClient;
    const s = this.sessions.get(client);
    this.timers.set(requestId, client);
    if (s !== undefined) {
      if (s.requestId !== requestId) probe('relabel', s.requestId, '->', requestId);
      s.requestId = requestId;
      return;
    }
    this.sessions.set(client, { timer: this.port.setTimer(this.config.kernelTimeoutMs, 'c' + client), requestId });
  }
  stopKernelTimer(requestId) {
    const client = this.timers.get(requestId);
    if (client === undefined) return;
    this.timers.delete(requestId);
    const s = this.sessions.get(client);
    if (s !== undefined && s.requestId === requestId) {
      this.sessions.delete(client);
      this.port.cancelTimer(s.timer);
    }
  }
  onTimer(name) {
    const client = Number(name.slice(1));
    const s = this.sessions.get(client);
    if (s === undefined) return;
    this.sessions.delete(client);
    if (!this.timers.has(s.requestId)) return;
    this.timers.delete(s.requestId);
    this.audit('kernel-timeout', s.requestId, 'unknown');
    this.answer(s.requestId, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
  }
}
export default sutWith('red27-cp-kernel-timer-per-client', CP);
