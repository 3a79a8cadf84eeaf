// @ts-nocheck
// Shared helper for red team 30: a kernel port wrapper that holds replies (group commit).
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

/** opts: delayMs, replyBeforeSync, dupBeforeSync, forgetCopy, copyReexec */
export function groupKernel(opts) {
  class GroupKernel extends Kernel {
    constructor(port, config) {
      const gc = { real: port, dirty: false, queue: [], timer: 0, pendingIds: new Set(), sending: 'normal' };
      const wrapped = Object.create(port);
      wrapped.append = (r) => { port.append(r); gc.dirty = true; };
      wrapped.sync = () => {};
      wrapped.records = () => port.records();
      wrapped.now = () => port.now();
      wrapped.drawId = () => port.drawId();
      wrapped.setTimer = (d, n) => port.setTimer(d, n);
      wrapped.cancelTimer = (i) => port.cancelTimer(i);
      wrapped.display = (o) => port.display(o);
      wrapped.send = (to, m) => {
        const immediate = opts.replyBeforeSync || (opts.dupBeforeSync && gc.sending === 'dup');
        if (!immediate && (gc.dirty || gc.queue.length > 0)) {
          gc.queue.push([to, m]);
          if (gc.timer === 0) gc.timer = port.setTimer(opts.delayMs, '__gc');
        } else port.send(to, m);
      };
      super(wrapped, config);
      this.gc = gc;
    }
    onMessage(from, message) {
      const gc = this.gc;
      if (message.kind === 'dispatch' && gc.pendingIds.has(message.requestId)) {
        if (opts.forgetCopy) return; // held earlier dispatch answers; the copy is forgotten
        if (opts.copyReexec) {
          // held decision not yet visible: decide again and write a second EXEC
          gc.real.append({ kind: 'EXEC', requestId: message.requestId, operation: message.operation });
          gc.dirty = true;
          gc.queue.push([from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'EXEC' } }]);
          if (gc.timer === 0) gc.timer = gc.real.setTimer(opts.delayMs, '__gc');
          return;
        }
        if (opts.dupBeforeSync) {
          gc.sending = 'dup';
          try { super.onMessage(from, message); } finally { gc.sending = 'normal'; }
          return;
        }
      }
      const before = this.decisions.has(message.requestId);
      super.onMessage(from, message);
      if (!before && this.decisions.has(message.requestId) && gc.dirty) gc.pendingIds.add(message.requestId);
      if (gc.dirty && gc.timer === 0) gc.timer = gc.real.setTimer(opts.delayMs, '__gc');
    }
    onTimer(name, id) {
      if (name !== '__gc') return super.onTimer(name, id);
      const gc = this.gc;
      gc.timer = 0;
      gc.real.sync();
      gc.dirty = false;
      gc.pendingIds.clear();
      const q = gc.queue;
      gc.queue = [];
      for (const [to, m] of q) gc.real.send(to, m);
    }
  }
  return {
    ...reference,
    name: 'gc',
    createKernel: (port, config) => new GroupKernel(port, config),
  };
}
