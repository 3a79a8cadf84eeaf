// `aerosim report --in DIR... [--out DIR] [--baseline OLD/report.json]`: merges the
// results.jsonl of one or more sweeps (the shards of a CI matrix, say) into index.html
// (one self-contained page: verdict, provenance, clause by clause, fault heatmap, failures
// triaged with sequence diagrams), report.json and report.md, and exits 1 if any run
// failed. Input it cannot trust is refused (the same pair twice, mixed systems under test)
// or named (corrupt lines, left out); a page is written whatever happens, so a failing
// `npm start` never leaves an old green report in place.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { wallDate } from '../clock.ts';
import { INVARIANTS } from '../invariants/index.ts';
import { writeAtomically } from '../files.ts';
import { codeVersion } from '../repro.ts';
import { aggregate, type Aggregate } from '../results.ts';
import { InputError } from '../scenario-file.ts';
import { SITUATIONS } from '../situations.ts';
import { describeVerdict } from '../verdict.ts';
import { sweepCoverage } from '../coverage.ts';
import { escapeHtml, lineRanges, renderHtml } from '../report/html.ts';
import { groupFailures, illustrate, type FailureGroup } from '../report/triage.ts';
import { EXIT, type Io, invocation, prepareDirectory, shellQuote } from './common.ts';

export interface ReportArgs {
  in: string[];
  out: string;
  baseline?: string | undefined;
  /** wall-clock seconds to shrink each failure group's first repro */
  shrinkSeconds?: number | undefined;
}

export async function commandReport(io: Io, args: ReportArgs): Promise<number> {
  prepareDirectory(args.out, 'out');
  try {
    return await makeReport(io, args);
  } catch (error) {
    if (error instanceof InputError) {
      // a page that says so, rather than last time's
      writeAtomically(join(args.out, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AeroSim report — not made</title></head><body><h1>AeroSim report — not made</h1><p>The report could not be made from its input:</p><pre>${escapeHtml(error.message)}</pre><p>Command: <code>${escapeHtml(invocation())}</code></p></body></html>\n`);
    }
    throw error;
  }
}

async function makeReport(io: Io, args: ReportArgs): Promise<number> {
  const files = args.in.map((path) => {
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'results.jsonl') : path;
    if (!existsSync(file)) throw new InputError(`--in ${path}: no results there; expected a sweep's --out directory or its results.jsonl`);
    return file;
  });
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice !== undefined) throw new InputError(`--in names ${twice} twice; each results file once`);
  const baseline = args.baseline !== undefined ? readBaseline(args.baseline) : null;
  const shrinkSeconds = args.shrinkSeconds ?? 10;
  if (!(shrinkSeconds >= 0)) throw new InputError('--shrink-seconds is not valid; expected a number of seconds ≥ 0');
  const total = await aggregate(files);
  if (total.duplicates.length > 0) {
    throw new InputError(`the same (scenario, seed) appears more than once, so runs would count twice (${total.duplicates.length}): ${total.duplicates.slice(0, 5).join('; ')}${total.duplicates.length > 5 ? '; …' : ''}`);
  }
  if (total.suts.length > 1) throw new InputError(`the results mix systems under test (${total.suts.join(', ')}); report each on its own`);
  if (total.runs === 0) throw new InputError(`no runs in ${files.join(', ')}`);
  for (const skipped of total.skipped.slice(0, 20)) io.err(`aerosim: warning: left out ${skipped}`);
  if (total.skipped.length > 20) io.err(`aerosim: warning: … and ${total.skipped.length - 20} more lines left out`);

  locateRepros(total, files);
  const coverage = sweepCoverage(files.map((file) => dirname(file)));
  const groups = groupFailures(total.failing);
  await illustrate(groups, shrinkSeconds * 1000);
  const resolved: { signature: string; count: number }[] = [];
  if (baseline !== null) {
    const before = new Map(baseline.map((group) => [group.signature, group.count]));
    for (const group of groups) group.status = before.has(group.signature) ? 'still failing' : 'new';
    for (const [signature, count] of before) if (!groups.some((group) => group.signature === signature)) resolved.push({ signature, count });
  }
  const replayOf = (group: FailureGroup) => (group.first.repro !== undefined ? `npx aerosim replay ${shellQuote(group.first.repro)}` : `npx aerosim run --scenario ${shellQuote(group.first.scenario)} --seed ${group.first.seed}`);
  const generated = { date: new Date(wallDate()).toISOString(), node: process.version, codeVersion: codeVersion(), command: invocation() };
  const json = {
    generated,
    inputs: files,
    ...total,
    failing: total.failing.slice(0, 500),
    groups: groups.map(({ diagram: _diagram, ...group }) => ({ ...group, first: { scenario: group.first.scenario, seed: group.first.seed, repro: group.first.repro } })),
    resolved,
    coverage,
  };
  writeAtomically(join(args.out, 'report.json'), `${JSON.stringify(json, null, 1)}\n`);
  writeAtomically(join(args.out, 'report.md'), `${reportMarkdown(total, files, groups, replayOf)}${coverageMarkdown(coverage)}`);
  const html = join(args.out, 'index.html');
  writeAtomically(html, renderHtml({ total, files, groups, resolved, baseline: args.baseline ?? null, generated, replayOf, coverage }));
  io.out(`merged ${files.length} results file(s): ${total.runs.toLocaleString('en-US')} runs, ${total.failures} failed${groups.length > 0 ? ` in ${groups.length} group(s) by signature` : ''}`);
  io.out(`report: ${relative(process.cwd(), html) || html}   (also report.md, report.json)`);
  return total.failures > 0 ? EXIT.fail : EXIT.pass;
}

/** A previous report.json's failure groups. */
function readBaseline(file: string): { signature: string; count: number }[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`--baseline ${file}: cannot read it as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const groups = (data as { groups?: unknown }).groups;
  if (!Array.isArray(groups) || !groups.every((g) => typeof g?.signature === 'string' && typeof g?.count === 'number')) {
    throw new InputError(`--baseline ${file}: expected a report.json written by aerosim report, with "groups": [{signature, count}, …]`);
  }
  return groups as { signature: string; count: number }[];
}

/** Repro paths are written relative to where the sweep ran; find each beside its results. */
function locateRepros(total: Aggregate, files: readonly string[]): void {
  const dirs = files.map((file) => dirname(file));
  const present = new Map<string, string>();
  for (const dir of dirs) for (const name of readdirSync(dir)) if (name.startsWith('repro-')) present.set(name, join(dir, name));
  total.failing.forEach((line, index) => {
    if (line.repro === undefined || existsSync(line.repro)) return;
    const found = present.get(basename(line.repro));
    if (found !== undefined) total.failing[index] = { ...line, repro: found };
  });
}

export function reportMarkdown(total: Aggregate, files: readonly string[], groups: readonly FailureGroup[] = [], replayOf?: (group: FailureGroup) => string): string {
  const lines: string[] = [];
  const md = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').replace(/([\\`*_{}[\]<>|#])/g, '\\$1');
  lines.push('# AeroSim report', '');
  lines.push(`${total.runs.toLocaleString('en-US')} runs (${total.events.toLocaleString('en-US')} events) from ${files.length} results file(s); **${total.failures} failed**.`, '');
  const checks = Object.entries(total.determinismChecks);
  lines.push(`Determinism re-runs: ${checks.length === 0 ? 'none recorded' : checks.map(([where, n]) => `${n.toLocaleString('en-US')} on ${where === 'process' ? 'each of two separate processes' : where === 'worker' ? 'another worker' : 'the main thread'}`).join('; ')}.`, '');
  lines.push('## Situations of the spec, by clause', '');
  lines.push('| clause | situation | runs that reached it | share | scenarios |', '|---|---|---:|---:|---|');
  for (const situation of [...SITUATIONS].sort((a, b) => clauseOrder(a.clause) - clauseOrder(b.clause))) {
    let runs = 0;
    const where: string[] = [];
    for (const [scenario, reached] of Object.entries(total.situations)) {
      const count = reached[situation.id] ?? 0;
      runs += count;
      if (count > 0) where.push(md(scenario));
    }
    lines.push(`| ${situation.clause} | ${situation.text} (\`${situation.id}\`) | ${runs} | ${total.runs > 0 ? ((runs / total.runs) * 100).toFixed(1) : '0.0'}% | ${where.length > 4 ? `${where.length} scenarios` : where.join(', ')} |`);
  }
  lines.push('', '## Invariants', '');
  lines.push('Meaningful checks are those where the property was at stake (a fault or a failure path touched what was checked); the rest are trivial. Definitions: `sim/invariants/README.md`.', '');
  lines.push('| invariant | clause | checks | meaningful | trivial | runs failing it |', '|---|---|---:|---:|---:|---:|');
  for (const invariant of INVARIANTS) {
    const all = total.checks[invariant.id] ?? 0;
    const meaningful = total.meaningful[invariant.id] ?? 0;
    const reruns = Object.values(total.determinismChecks).reduce((a, b) => a + b, 0);
    const cells = invariant.id === 'determinism' ? [`${reruns.toLocaleString('en-US')} re-runs`, '—', '—'] : [all, meaningful, all - meaningful].map((n) => n.toLocaleString('en-US'));
    lines.push(`| \`${invariant.id}\` | ${invariant.clause} | ${cells.join(' | ')} | ${total.byInvariant[invariant.id] ?? 0} |`);
  }
  lines.push('', '## Scenarios', '', '| scenario | runs | failed | events |', '|---|---:|---:|---:|');
  for (const [name, totals] of Object.entries(total.byScenario)) lines.push(`| ${md(name)} | ${totals.runs} | ${totals.failures} | ${totals.events} |`);
  lines.push('', '## Failures, by signature', '');
  if (groups.length === 0) lines.push('None.');
  for (const group of groups.slice(0, 100)) {
    const first = group.first;
    lines.push(`- **${md(group.signature)}**${group.status !== undefined ? ` (${group.status})` : ''}: ${group.count} run(s); first ${md(first.scenario)} seed ${first.seed}: ${md(first.verdict.kind === 'violation' ? (first.verdict.violations[0]?.explanation ?? '') : describeVerdict(first.verdict))}`);
    if (group.shrunk !== undefined) lines.push(`  - shrunk: ${group.shrunk.faultsBefore} → ${group.shrunk.faultsAfter} fault(s)`);
    if (replayOf !== undefined) lines.push(`  - replay: \`${replayOf(group).replace(/`/g, "'")}\``);
  }
  return `${lines.join('\n')}\n`;
}

function coverageMarkdown(coverage: ReturnType<typeof sweepCoverage>): string {
  if (coverage === null) return '\n## Code coverage of src/\n\nNot measured (sweep --coverage).\n';
  const pct = (part: { covered: number; total: number }) => (part.total > 0 ? `${((part.covered / part.total) * 100).toFixed(1)}%` : '—');
  const lines = ['', '## Code coverage of src/', '', '| file | lines | branches | lines never run |', '|---|---:|---:|---|'];
  for (const file of coverage.files) lines.push(`| ${file.file} | ${pct(file.lines)} | ${pct(file.branches)} | ${lineRanges(file.uncoveredLines) || '—'} |`);
  if (coverage.typesOnly.length > 0) lines.push('', `Types only, no executable line: ${coverage.typesOnly.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

function clauseOrder(clause: string): number {
  const [major, minor] = clause.split('.').map(Number);
  return (major ?? 0) * 100 + (minor ?? 0);
}
