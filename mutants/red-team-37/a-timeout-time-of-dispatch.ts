// @ts-nocheck
// BROKEN. Spec 9 (time): the kernel-timeout audit record carries the time the request was dispatched, not the time the failure (the timeout) happened.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-timeout-time-of-dispatch', {
  send: (to, m, ctx) => { if (m.kind === 'dispatch') ctx.mem.set(m.requestId, ctx.port.now()); return m; },
  append: (r, ctx) => {
    if (r.kind === 'AUDIT' && r.failure === 'kernel-timeout' && ctx.mem.has(r.requestId)) {
      const t = ctx.mem.get(r.requestId);
      if (t !== r.timeMs) probe('a-timeout-time-of-dispatch', `${r.requestId} time ${r.timeMs} -> ${t}`);
      return { ...r, timeMs: t };
    }
    return r;
  },
});
