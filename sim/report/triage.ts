// Failures triaged for the report: failing runs grouped by signature (invariant, request
// role, step kind; a verdict kind for failures that are not violations), most frequent
// first. The first repro of each group is shrunk (bounded in time) and replayed with a
// diagram recorder, so the report can draw the smallest failing run it found.

import { existsSync } from 'node:fs';
import type { SystemUnderTest } from '../../src/ports.ts';
import { NOT_REPLAYABLE_HERE } from '../isolated.ts';
import { readRepro, type Repro } from '../repro.ts';
import type { ResultLine } from '../results.ts';
import { runOnce } from '../runner.ts';
import { scheduleFingerprints, scheduleMap } from '../repro.ts';
import { failureOf, fails, shrink, type Target } from '../shrink.ts';
import { loadSut } from '../pool.ts';
import { shellQuote } from '../shell.ts';
import { signatureOf } from '../verdict.ts';
import { DiagramRecorder } from './diagram.ts';
import type { Diagram } from './sequence-svg.ts';

export interface FailureGroup {
  readonly signature: string;
  readonly failure: string;
  count: number;
  readonly first: ResultLine;
  readonly scenarios: string[];
  /** with a baseline: new, still failing, or (a group only the baseline had) resolved */
  status?: 'new' | 'still failing' | 'resolved';
  /** the first repro, shrunk: its faults, before and after */
  shrunk?: { readonly faultsBefore: number; readonly faultsAfter: number; readonly faults: readonly string[]; readonly wallMs: number; readonly complete: boolean };
  diagram?: Diagram;
  /** why there is no diagram */
  note?: string;
}

/** A failing line's signature: its first violation's, or its verdict kind. */
export function lineSignature(line: ResultLine): { signature: string; failure: string } {
  if (line.check === 'determinism') return { signature: 'determinism', failure: 'determinism' };
  const verdict = line.verdict;
  if (verdict.kind === 'violation' && verdict.violations[0] !== undefined) {
    const violation = verdict.violations[0];
    return { signature: violation.role !== undefined ? signatureOf(violation) : violation.invariant, failure: violation.invariant };
  }
  return { signature: verdict.kind, failure: failureOf(verdict) ?? verdict.kind };
}

export function groupFailures(failing: readonly ResultLine[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const line of failing) {
    const { signature, failure } = lineSignature(line);
    const group = groups.get(signature);
    if (group === undefined) groups.set(signature, { signature, failure, count: 1, first: line, scenarios: [line.scenario] });
    else {
      group.count++;
      if (!group.scenarios.includes(line.scenario)) group.scenarios.push(line.scenario);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.signature.localeCompare(b.signature));
}


/** Shrinks each group's first repro (within budgetMs each) and records its diagram. */
export async function illustrate(groups: FailureGroup[], budgetMs: number, maxGroups = 12): Promise<void> {
  const suts = new Map<string, SystemUnderTest>();
  for (const group of groups.slice(0, maxGroups)) {
    const file = group.first.repro;
    if (file === undefined || !existsSync(file)) {
      group.note = 'no repro file at hand';
      continue;
    }
    if (NOT_REPLAYABLE_HERE.has(group.failure)) {
      group.note = `a ${group.failure} is replayed on a worker, not drawn: npx aerosim replay ${shellQuote(file)}`;
      continue;
    }
    let repro: Repro;
    try {
      repro = readRepro(file);
    } catch (error) {
      group.note = `the repro cannot be read: ${error instanceof Error ? error.message : String(error)}`;
      continue;
    }
    const key = JSON.stringify(repro.sut);
    let sut = suts.get(key);
    if (sut === undefined) suts.set(key, (sut = await loadSut(repro.sut)));
    const target: Target = { failure: group.failure, signature: group.signature.includes(' | ') ? group.signature : null };
    let minimal = repro;
    try {
      const outcome = shrink(repro, sut, target, budgetMs);
      minimal = outcome.repro;
      group.shrunk = {
        faultsBefore: outcome.before.faults,
        faultsAfter: outcome.after.faults,
        faults: outcome.repro.schedule.map((fault) => `${fault.process}@${fault.incarnation} ${fault.kind} #${fault.ordinal}${fault.at !== undefined ? ` (${fault.at})` : ''}`),
        wallMs: outcome.wallMs,
        complete: outcome.wallMs <= budgetMs,
      };
    } catch {
      group.note = 'the repro did not fail the same way when replayed here; drawn unshrunk';
    }
    const recorder = new DiagramRecorder();
    const result = runOnce({
      scenario: minimal.scenario,
      seed: BigInt(minimal.seed),
      sut,
      schedule: scheduleMap(minimal.schedule),
      fingerprints: scheduleFingerprints(minimal.schedule),
      plan: minimal.workload,
      observers: [recorder],
    });
    const shown = result.violations.filter((violation) => fails({ verdict: { kind: 'violation', violations: [violation] } }, target));
    group.diagram = recorder.diagram(`${group.first.scenario} seed ${group.first.seed}${group.shrunk !== undefined ? ', shrunk' : ''}: ${group.signature}`, shown.length > 0 ? shown : result.violations);
    result.world?.trace.release();
  }
}
