// @ts-nocheck
// Breaks 1 ("MUST NOT affect data correctness") and 6.2 in a group-commit kernel: it decides
// each dispatch against the *synced* state (a copy taken at each sync) rather than the state
// including the batch's own earlier decisions, so two conflicting operations in one batch
// both EXEC (create "x" twice: the second silently replaces the first).
import { GroupCommitKernel } from './lib/gc-kernel.ts';
import { KernelState, probe, sut } from './lib/common.ts';

function copy(s) { const k = new KernelState(); for (const [n, i] of s.collections) k.collections.set(n, [...i]); for (const [a, b] of s.config) k.config.set(a, b); for (const [a, b] of s.snapshots) k.snapshots.set(a, [...b]); return k; }
class K extends GroupCommitKernel {
  onStart() { super.onStart(); this.durable = copy(this.state); }
  onTimer() { super.onTimer(); this.durable = copy(this.state); }
  onMessage(from, message) {
    if (message.kind === 'dispatch' && !this.decisions.has(message.requestId)) {
      const live = this.state;
      const onDurable = this.durable.decide(message.operation);
      if ((onDurable === null) !== (live.decide(message.operation) === null)) probe('b34-gck-decide-on-durable', `${message.requestId} decided on stale state`);
      const realDecide = live.decide;
      live.decide = () => onDurable;
      try { super.onMessage(from, message); } finally { delete live.decide; }
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('b34-gck-decide-on-durable', { createKernel: (p, c) => new K(p, c) });
