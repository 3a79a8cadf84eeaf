// `aerosim mutants`: the mutation score of the oracles. Runs the reference and every mutant
// over the scenarios; prints one row per mutant; exits 1 if a mutant survives (its target
// never fired) or the reference failed anything.

import { wallNow } from '../clock.ts';
import { scoreMutant, scoreReference, type MutantRow } from '../mutation.ts';
import { WorkerPool } from '../pool.ts';
import { progressFor } from '../progress.ts';
import { InputError } from '../scenario-file.ts';
import { countOf, EXIT, type Io, jobsOf, scenariosOf } from './common.ts';

export interface MutantsArgs {
  list?: boolean | undefined;
  seeds?: number | undefined;
  jobs?: number | undefined;
  json?: boolean | undefined;
  scenario?: string | undefined;
  only?: string | undefined;
  progress?: boolean | undefined;
}

export async function commandMutants(io: Io, args: MutantsArgs): Promise<number> {
  // the catalogue (~1 MB of JavaScript) is loaded by the commands that use it, so that a
  // cold `run` or `sweep` of the reference does not parse it
  const { MUTANTS } = await import('../../mutants/index.ts');
  if (args.list === true) {
    for (const mutant of MUTANTS) io.out(`${mutant.name.padEnd(34)} ${mutant.targets}`);
    return EXIT.pass;
  }
  const seeds = countOf('seeds', args.seeds, 1000);
  const jobs = jobsOf(args.jobs);
  const scenarios = scenariosOf(args.scenario);
  const names = args.only?.split(',');
  const mutants = names === undefined ? MUTANTS : MUTANTS.filter((m) => names.includes(m.name));
  if (names !== undefined && mutants.length !== names.length) {
    const unknown = names.filter((name) => !MUTANTS.some((m) => m.name === name));
    throw new InputError(`--only names ${unknown.length === 1 ? 'an unknown mutant' : 'unknown mutants'}: ${unknown.join(', ')}; \`aerosim mutants --list\` lists the ${MUTANTS.length} there are`);
  }
  const started = wallNow();
  const pool = new WorkerPool(jobs);
  // one line per mutant as it is scored (on stderr), a redrawn bar on a terminal
  const progress = args.json === true || args.progress === false ? null : progressFor(mutants.length + 1, process.stderr, 10_000, 'systems');
  let rows: MutantRow[];
  let referenceRow;
  try {
    referenceRow = await scoreReference(pool, scenarios, seeds);
    progress?.note(`reference: ${referenceRow.runs} runs, ${referenceRow.failures} failed (${referenceRow.wallMs} ms)`);
    progress?.update(1, 0);
    rows = [];
    // one mutant at a time (its scenarios in parallel), so each row's wall time is its own
    for (const mutant of mutants) {
      const row = await scoreMutant(pool, scenarios, seeds, mutant);
      rows.push(row);
      progress?.note(`${row.caught ? 'caught' : 'NOT CAUGHT'}  ${row.mutant}${row.caught ? ` by ${row.by.join(', ')} in ${row.seeds} seed(s) of ${row.scenario}` : ` in ${row.seeds} seeds`} (${row.wallMs} ms)`);
      progress?.update(rows.length + 1, rows.filter((r) => !r.caught).length);
    }
  } finally {
    progress?.finish();
    await pool.close();
  }
  const survivors = rows.filter((row) => !row.caught);
  const ok = survivors.length === 0 && referenceRow.failures === 0;
  if (args.json === true) {
    io.out(JSON.stringify({ seeds, scenarios: scenarios.map((s) => s.name), reference: referenceRow, mutants: rows, ok }));
    return ok ? EXIT.pass : EXIT.fail;
  }
  io.out(`scenarios: ${scenarios.map((s) => s.name).join(', ')}   seeds: up to ${seeds} each   jobs: ${jobs}`);
  io.out('');
  const header = ['mutant', 'targets', 'caught', 'by', 'seeds', 'scenario', 'wall ms'];
  const table = rows.map((row) => [
    row.mutant,
    row.targets,
    row.caught ? 'yes' : 'NO',
    row.by.join(', '),
    row.caught ? String(row.seeds) : `>${row.seeds}`,
    row.scenario,
    String(row.wallMs),
  ]);
  printTable(io, header, table);
  io.out('');
  io.out(
    `reference: ${referenceRow.runs} runs, ${referenceRow.failures} failed${referenceRow.firstFailure !== null ? ` (first: ${referenceRow.firstFailure})` : ''}, ${referenceRow.determinismChecks} determinism checks in another isolate (${referenceRow.wallMs} ms)`,
  );
  io.out(`mutation score: ${rows.length - survivors.length}/${rows.length} caught by their target${survivors.length > 0 ? `; SURVIVED: ${survivors.map((r) => r.mutant).join(', ')}` : ''}   (${Math.round(wallNow() - started)} ms)`);
  return ok ? EXIT.pass : EXIT.fail;
}

export function printTable(io: Io, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  io.out(format(header));
  io.out(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) io.out(format(row));
}
