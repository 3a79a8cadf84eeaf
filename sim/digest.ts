// Verdict digests: a guard for performance work on the world and the oracles. Over a
// system's runs of one scenario, in seed order, one 32-bit FNV-1a hash of each run's seed
// and verdict (its kind and, for violations, each violation's invariant@step:subject), and
// one of each run's seed and trace hash. A change that only makes runs faster must leave
// both as they were (bench/verdicts.ts writes them; bench/verdicts-baseline.txt holds
// them; `npm run verify` compares).

import type { Verdict } from './verdict.ts';

/** 32-bit FNV-1a over a text, continuing from `hash`. */
function fold(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function describe(verdict: Verdict): string {
  if (verdict.kind !== 'violation') return verdict.kind;
  return `${verdict.kind} ${verdict.violations.map((v) => `${v.invariant}@${v.step}:${v.subject}`).join(' ')}`;
}

const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');

/** The digest line of `sut`'s runs of `scenario`: `<sut> <scenario> verdicts=… traces=…`.
 * The runs may come in any order; they are folded in seed order. */
export function digestLine(sut: string, scenario: string, runs: readonly { readonly seed: string; readonly verdict: Verdict; readonly hash: string }[]): string {
  const sorted = [...runs].sort((a, b) => (BigInt(a.seed) < BigInt(b.seed) ? -1 : BigInt(a.seed) > BigInt(b.seed) ? 1 : 0));
  let verdicts = 0x811c9dc5 | 0;
  let traces = 0x811c9dc5 | 0;
  for (const run of sorted) {
    verdicts = fold(verdicts, `${run.seed} ${describe(run.verdict)}\n`);
    traces = fold(traces, `${run.seed} ${run.hash}\n`);
  }
  return `${sut} ${scenario} verdicts=${hex(verdicts)} traces=${hex(traces)}`;
}
