// The determinism invariant (spec 12): the same scenario and seed, run again in another
// isolate (a worker thread has its own module state), must give the same trace hash. A
// mismatch names the first step at which the two per-step hash chains part.

import type { SystemUnderTest } from '../src/ports.ts';
import type { WorkerPool } from './pool.ts';
import { runOnce } from './runner.ts';
import type { Scenario } from './scenario.ts';
import type { SutRef } from './sut.ts';
import { firstDivergence } from './trace.ts';
import type { Verdict, Violation } from './verdict.ts';

/** What a verdict says, for comparing two runs: its kind and each violation's invariant,
 * step and subject. */
function verdictSignature(verdict: Verdict): string {
  if (verdict.kind !== 'violation') return verdict.kind;
  return `violation[${verdict.violations.map((violation) => `${violation.invariant}@${violation.step}:${violation.subject}`).join(',')}]`;
}

export const DETERMINISM = { id: 'determinism', clause: '12' } as const;

/** A determinism violation: two runs of one seed parted at `step` (no steps to mark when
 * only the verdicts differ). Sweeps, `run` and `replay` all record it the same way. */
export function determinismViolation(subject: string, step: number, explanation: string, steps: readonly number[] = [step]): Violation {
  return { invariant: DETERMINISM.id, clause: DETERMINISM.clause, step, timeMs: 0, subject, explanation, steps };
}

export interface DeterminismOutcome {
  readonly checks: number;
  readonly violations: readonly Violation[];
}

/** Re-runs `seeds` of a scenario on a worker and compares with this isolate's runs of the
 * same seeds (made now, after whatever this isolate ran before). */
export async function checkDeterminism(
  pool: WorkerPool,
  scenario: Scenario,
  seeds: readonly string[],
  sut: SystemUnderTest,
  sutRef: SutRef,
): Promise<DeterminismOutcome> {
  if (seeds.length === 0) return { checks: 0, violations: [] };
  const there = await pool.runBatch(scenario, seeds, sutRef, { chainsFor: seeds });
  const chains = new Map(there.samples.map((sample) => [sample.seed, sample.chain]));
  const violations: Violation[] = [];
  seeds.forEach((seed, index) => {
    const here = runOnce({ scenario, seed: BigInt(seed), sut });
    const other = there.summaries[index];
    if (other === undefined) return;
    if (other.hash === here.hash) {
      // the same run must also be judged the same: verdicts and violations compared too
      const mine = verdictSignature(here.verdict);
      const theirs = verdictSignature(other.verdict);
      if (mine === theirs) return;
      violations.push(determinismViolation(`${scenario.name} seed ${seed}`, 0, `the same seed gave the same trace (hash ${here.hash}) but another verdict in another worker: ${mine} here, ${theirs} there`, []));
      return;
    }
    const hereChain = here.world?.trace.chainSnapshot() ?? new Uint32Array();
    const step = firstDivergence(hereChain, chains.get(seed) ?? new Uint32Array());
    violations.push(determinismViolation(`${scenario.name} seed ${seed}`, step, `the same seed gave hash ${here.hash} here and ${other.hash} in another worker; the traces part at step ${step}`));
  });
  return { checks: seeds.length, violations };
}
