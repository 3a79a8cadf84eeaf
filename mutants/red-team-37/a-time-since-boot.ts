// @ts-nocheck
// BROKEN. Spec 9 (time): after a restart the audit time is measured from the incarnation's start (a "monotonic since boot" clock), so records of later incarnations carry times that go backwards.
import { cpSut, probe } from './lib/common.ts';
export default cpSut('a-time-since-boot', {
  start: (ctx) => { ctx.mem.set('boot', ctx.port.now()); ctx.mem.set('restarted', ctx.port.records().length > 0); },
  append: (r, ctx) => {
    if (r.kind === 'AUDIT' && ctx.mem.get('restarted')) {
      const t = r.timeMs - ctx.mem.get('boot');
      probe('a-time-since-boot', `${r.requestId} ${r.timeMs} -> ${t}`);
      return { ...r, timeMs: t };
    }
    return r;
  },
});
