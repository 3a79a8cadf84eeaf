// The spec's clauses, as the report lists them: each section and subsection of
// phase7-failure-model.md with its title, the situations of sim/situations.ts and the
// invariants of sim/invariants that belong to it, and a plain verdict from a sweep's
// totals. Sections 1, 2, 3 and 13 state the model as a whole: every invariant enforces
// them, so they take their verdict from all of them.

import { INVARIANTS } from '../invariants/index.ts';
import type { Aggregate } from '../results.ts';
import { SITUATIONS } from '../situations.ts';

export const CLAUSES: readonly { readonly clause: string; readonly title: string; readonly general?: boolean; readonly group?: boolean }[] = [
  { clause: '1', title: 'Purpose of this document', general: true },
  { clause: '2', title: 'Failure philosophy', general: true },
  { clause: '3', title: 'Failure domains', general: true },
  { clause: '4', title: 'Client-side failures (UI / CLI)', group: true },
  { clause: '4.1', title: 'Crash or termination before request submission' },
  { clause: '4.2', title: 'Crash after request submission, before confirmation' },
  { clause: '4.3', title: 'Client crash after confirmation, before response' },
  { clause: '5', title: 'Control-plane process failures', group: true },
  { clause: '5.1', title: 'Crash before kernel request dispatch' },
  { clause: '5.2', title: 'Crash during kernel request dispatch' },
  { clause: '5.3', title: 'Crash after kernel acknowledgement' },
  { clause: '6', title: 'Network and transport failures', group: true },
  { clause: '6.1', title: 'Request transmission failure' },
  { clause: '6.2', title: 'Duplicate requests' },
  { clause: '7', title: 'Kernel rejection and failure', group: true },
  { clause: '7.1', title: 'Kernel rejection' },
  { clause: '7.2', title: 'Kernel failure' },
  { clause: '8', title: 'Operator-induced errors', group: true },
  { clause: '8.1', title: 'Invalid requests' },
  { clause: '8.2', title: 'Abandoned operations' },
  { clause: '9', title: 'Failure visibility and audit' },
  { clause: '10', title: 'Recovery rules' },
  { clause: '11', title: 'Explicit non-recovery' },
  { clause: '12', title: 'Testing requirements' },
  { clause: '13', title: 'Final statement', general: true },
];

export interface ClauseRow {
  readonly clause: string;
  readonly title: string;
  readonly group: boolean;
  readonly situations: readonly { readonly id: string; readonly text: string; readonly definition: string; readonly runs: number }[];
  readonly invariants: readonly { readonly id: string; readonly checks: number; readonly meaningful: number }[];
  /** runs that violated one of its invariants */
  readonly violations: number;
  readonly verdict: 'covered and held' | 'not reached' | 'violated';
}

/** The clauses an invariant enforces ("4.3, 5.2, 7.2" → ["4.3", "5.2", "7.2"]). */
export function clauseOf(invariantClause: string): string[] {
  return invariantClause.split(',').map((part) => part.trim());
}

export function clauseRows(total: Aggregate): ClauseRow[] {
  const rows: ClauseRow[] = [];
  const determinismRuns = Object.values(total.determinismChecks).reduce((a, b) => a + b, 0);
  for (const entry of CLAUSES) {
    const inClause = (clause: string) => clause === entry.clause || (entry.group === true && clause.startsWith(`${entry.clause}.`));
    const situations = SITUATIONS.filter((s) => entry.general !== true && inClause(s.clause)).map((s) => ({
      id: s.id,
      text: s.text,
      definition: s.definition,
      runs: Object.values(total.situations).reduce((sum, reached) => sum + (reached[s.id] ?? 0), 0),
    }));
    const invariants = INVARIANTS.filter((i) => entry.general === true || clauseOf(i.clause).some(inClause)).map((i) => ({ id: i.id, checks: total.checks[i.id] ?? 0, meaningful: total.meaningful[i.id] ?? 0 }));
    const violations = entry.general === true ? total.failures : invariants.reduce((sum, i) => sum + (total.byInvariant[i.id] ?? 0), 0);
    const exercised = situations.some((s) => s.runs > 0) || invariants.some((i) => i.meaningful > 0 || (i.id === 'determinism' && determinismRuns > 0));
    rows.push({
      clause: entry.clause,
      title: entry.title,
      group: entry.group === true,
      situations,
      invariants,
      violations,
      verdict: violations > 0 ? 'violated' : exercised ? 'covered and held' : 'not reached',
    });
  }
  return rows;
}
