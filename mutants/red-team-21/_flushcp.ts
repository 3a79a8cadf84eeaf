// @ts-nocheck
// Shared: a control plane that queues confirmed dispatches and sends them from a short flush
// timer of the same incarnation. Options select the bug of each mutant.
import { ControlPlane } from '../../src/control-plane.ts';
export const FLUSH = '#flush';
export const FLUSH_MS = 3;
export function makeFlushCP(opts = {}) {
  return class FlushCP extends ControlPlane {
    constructor(port, config) { super(port, config); this.queue = []; this.flushTimer = 0; }
    onClient(client, message) {
      if (message.kind === 'confirm') {
        let ch = this.challenges.get(message.token);
        if (opts.staleToken && (ch === undefined || ch.requestId !== message.requestId)) {
          // BUG option: any pending challenge of this request id will do
          for (const c of this.challenges.values()) if (c.requestId === message.requestId) ch = c;
        }
        if (ch !== undefined && ch.requestId === message.requestId) {
          if (!opts.keepChallengeUntilFlush) {
            for (const [t, c] of this.challenges) if (c.requestId === message.requestId) this.challenges.delete(t);
          }
          this.dispatched.add(message.requestId);
          this.wait(message.requestId, client);
          this.queue.push({ requestId: message.requestId, operation: ch.operation, token: message.token });
          if (!this.flushTimer) this.flushTimer = this.port.setTimer(FLUSH_MS, FLUSH);
          return;
        }
      }
      if (message.kind === 'abandon' && opts.abandon) {
        const ch = this.challenges.get(message.token);
        const queued = this.queue.findIndex((q) => q.requestId === message.requestId && q.token === message.token);
        if (queued >= 0) {
          this.challenges.delete(message.token);
          if (opts.abandon === 'honour') this.queue.splice(queued, 1); // correct: never dispatched
          // (opts.abandon === 'audit-only': BUG, stays queued and is dispatched)
          this.takeWaiting(message.requestId);
          this.audit('abandoned', message.requestId, 'not-executed');
          return;
        }
        if (ch === undefined) return;
      }
      super.onClient(client, message);
    }
    onTimer(name, id) {
      if (name !== FLUSH) return super.onTimer(name, id);
      this.flushTimer = 0;
      const q = this.queue;
      this.queue = [];
      for (const { requestId, operation, token } of q) {
        this.challenges.delete(token);
        this.port.send(this.config.kernel, { kind: 'dispatch', requestId, operation });
        this.startKernelTimer(requestId);
      }
    }
  };
}
