// `aerosim report --in DIR... [--out DIR]`: merges the results.jsonl of one or more sweeps
// (the shards of a CI matrix, say) into report.json and report.md — per spec clause the
// situations reached and in how many runs, each invariant's checks, every failure with its
// replay command — and exits 1 if any run failed. (The HTML page with a heatmap and code
// coverage is still to come.)

import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { INVARIANTS } from '../invariants/index.ts';
import { aggregate, type Aggregate } from '../results.ts';
import { InputError } from '../scenario-file.ts';
import { SITUATIONS } from '../situations.ts';
import { describeVerdict } from '../verdict.ts';
import { EXIT, type Io, prepareDirectory } from './common.ts';

export async function commandReport(io: Io, args: { in: string[]; out: string }): Promise<number> {
  const files = args.in.map((path) => {
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'results.jsonl') : path;
    if (!existsSync(file)) throw new InputError(`no results at ${path}: expected a sweep's --out directory or its results.jsonl`);
    return file;
  });
  prepareDirectory(args.out, 'out');
  const total = await aggregate(files);
  writeFileSync(join(args.out, 'report.json'), `${JSON.stringify({ inputs: files, ...total }, null, 1)}\n`);
  const markdown = reportMarkdown(total, files);
  writeFileSync(join(args.out, 'report.md'), markdown);
  io.out(`merged ${files.length} results file(s): ${total.runs.toLocaleString('en-US')} runs, ${total.failures} failed`);
  io.out(`wrote ${relative(process.cwd(), join(args.out, 'report.md'))} and report.json`);
  return total.failures > 0 ? EXIT.fail : EXIT.pass;
}

export function reportMarkdown(total: Aggregate, files: readonly string[]): string {
  const lines: string[] = [];
  lines.push('# AeroSim report', '');
  lines.push(`${total.runs.toLocaleString('en-US')} runs (${total.events.toLocaleString('en-US')} events) from ${files.length} results file(s); **${total.failures} failed**.`, '');
  lines.push('## Situations of the spec, by clause', '');
  lines.push('| clause | situation | runs that reached it | share | scenarios |', '|---|---|---:|---:|---|');
  for (const situation of [...SITUATIONS].sort((a, b) => clauseOrder(a.clause) - clauseOrder(b.clause))) {
    let runs = 0;
    const where: string[] = [];
    for (const [scenario, reached] of Object.entries(total.situations)) {
      const count = reached[situation.id] ?? 0;
      runs += count;
      if (count > 0) where.push(scenario);
    }
    lines.push(`| ${situation.clause} | ${situation.text} (\`${situation.id}\`) | ${runs} | ${total.runs > 0 ? ((runs / total.runs) * 100).toFixed(1) : '0.0'}% | ${where.length > 4 ? `${where.length} scenarios` : where.join(', ')} |`);
  }
  lines.push('', '## Invariants', '');
  lines.push('Meaningful checks are those where the property was at stake (a fault or a failure path touched what was checked); the rest are trivial. Definitions: `sim/invariants/README.md`.', '');
  lines.push('| invariant | clause | checks | meaningful | trivial | runs failing it |', '|---|---|---:|---:|---:|---:|');
  for (const invariant of INVARIANTS) {
    const all = total.checks[invariant.id] ?? 0;
    const meaningful = total.meaningful[invariant.id] ?? 0;
    const cells = invariant.id === 'determinism' ? ['sampled', '—', '—'] : [all, meaningful, all - meaningful].map((n) => n.toLocaleString('en-US'));
    lines.push(`| \`${invariant.id}\` | ${invariant.clause} | ${cells.join(' | ')} | ${total.byInvariant[invariant.id] ?? 0} |`);
  }
  lines.push('', '## Scenarios', '', '| scenario | runs | failed | events |', '|---|---:|---:|---:|');
  for (const [name, totals] of Object.entries(total.byScenario)) lines.push(`| ${name} | ${totals.runs} | ${totals.failures} | ${totals.events} |`);
  lines.push('', '## Failures', '');
  if (total.failing.length === 0) lines.push('None.');
  for (const line of total.failing.slice(0, 200)) {
    lines.push(`- **${line.scenario} seed ${line.seed}**${line.check === 'determinism' ? ' (determinism)' : ''}: ${describeVerdict(line.verdict)}`);
    if (line.verdict.kind === 'violation') {
      for (const violation of line.verdict.violations.slice(0, 3)) lines.push(`  - \`${violation.invariant}\` [${violation.clause}] step ${violation.step}: ${violation.explanation}`);
    }
    lines.push(`  - replay: \`${line.repro !== undefined ? `npx aerosim replay ${line.repro}` : `npx aerosim run --scenario ${line.scenario} --seed ${line.seed}`}\``);
  }
  return `${lines.join('\n')}\n`;
}

function clauseOrder(clause: string): number {
  const [major, minor] = clause.split('.').map(Number);
  return (major ?? 0) * 100 + (minor ?? 0);
}
