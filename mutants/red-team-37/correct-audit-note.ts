// @ts-nocheck
// CORRECT (unusual). Spec 9: every audit record carries the four required fields exactly as the
// reference writes them, plus a free-text "note" field naming the incarnation's start time
// (more than the spec requires, never less).
import { cpSut } from './lib/common.ts';
export default cpSut('correct-audit-note', {
  start: (ctx) => { ctx.mem.set('boot', ctx.port.now()); },
  append: (r, ctx) => r.kind === 'AUDIT' ? { ...r, note: `control plane started at ${ctx.mem.get('boot')} ms` } : r,
});
