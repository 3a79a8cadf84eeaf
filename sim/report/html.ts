// The reviewer's page: one self-contained HTML file (inline CSS and SVG, no script, no
// external resource; it works from file:// offline). Verdict and provenance first, then
// the spec clause by clause (situations reached, meaningful checks, violations, a plain
// verdict), the fault heatmap, the failures triaged by signature with a sequence diagram
// of each group's shrunk run, and the invariants and scenarios. Every string that comes
// from a run, a scenario file or the system under test is escaped.

import { INVARIANTS } from '../invariants/index.ts';
import { type Aggregate, witnessShares } from '../results.ts';
import type { FileCoverage } from '../coverage.ts';
import { describeVerdict } from '../verdict.ts';
import { CLAUSES, type ClauseRow, clauseRows } from './clauses.ts';

const CLAUSE_GENERAL = new Set(CLAUSES.filter((c) => c.general === true).map((c) => c.clause));
import { renderSequence } from './sequence-svg.ts';
import type { FailureGroup } from './triage.ts';

export interface ReportModel {
  readonly total: Aggregate;
  readonly files: readonly string[];
  readonly groups: readonly FailureGroup[];
  /** groups only the baseline had */
  readonly resolved: readonly { readonly signature: string; readonly count: number }[];
  readonly baseline: string | null;
  readonly generated: { readonly date: string; readonly node: string; readonly codeVersion: string; readonly command: string };
  /** how to replay the first failure of a group */
  readonly replayOf: (group: FailureGroup) => string;
  /** code coverage of src/, when the sweep measured it (sweep --coverage) */
  readonly coverage: { readonly files: readonly FileCoverage[]; readonly typesOnly: readonly string[] } | null;
}

/** Text for HTML: & < > " ' escaped, control characters removed. */
export function escapeHtml(text: unknown): string {
  return String(text)
    // biome-ignore lint: control characters are what is being removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const number = (n: number) => n.toLocaleString('en-US');
const share = (n: number, of: number) => (of > 0 ? `${((n / of) * 100).toFixed(1)}%` : '—');

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
main{max-width:1200px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.verdict{padding:14px 18px;border-radius:6px;font-size:18px;font-weight:600;margin:12px 0}
.pass{background:#dafbe1;color:#116329} .fail{background:#ffebe9;color:#a40e26}
table{border-collapse:collapse;width:100%;margin:8px 0} th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa} td.n{text-align:right;font-variant-numeric:tabular-nums}
.held{color:#116329;font-weight:600} .violated{color:#a40e26;font-weight:700} .unreached{color:#9a6700;font-weight:600}
code,pre{font-family:ui-monospace,monospace;font-size:12px} pre{background:#f6f8fa;padding:8px;overflow:auto;white-space:pre-wrap}
.group{border:1px solid #d0d7de;border-radius:6px;padding:12px;margin:12px 0}
.tag{display:inline-block;padding:1px 6px;border-radius:10px;font-size:12px;background:#eaeef2;margin-right:6px}
.tag.new{background:#ffebe9;color:#a40e26} .tag.still{background:#fff8c5;color:#7d4e00} .tag.resolved{background:#dafbe1;color:#116329}
.diagram{overflow:auto;max-height:900px;border:1px solid #eaeef2}
.scroll{overflow-x:auto;margin:8px 0} .scroll table{width:auto}
.heat td.c{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#57606a} dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px} dt{font-weight:600}
`;

export function renderHtml(model: ReportModel): string {
  const { total } = model;
  const failed = total.failures > 0;
  const out: string[] = [];
  out.push('<!doctype html><html lang="en"><head><meta charset="utf-8">');
  out.push('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">');
  out.push(`<title>AeroSim report — ${failed ? 'FAIL' : 'PASS'}</title><style>${CSS}</style></head><body><main>`);
  out.push('<h1>AeroSim report</h1><p class="muted">Phase 7 failure model — what was exercised, what was checked, what failed.</p>');
  out.push(`<div class="verdict ${failed ? 'fail' : 'pass'}" id="verdict">${failed ? `FAIL — ${number(total.failures)} of ${number(total.runs)} runs failed` : `PASS — ${number(total.runs)} runs, every invariant held`}</div>`);
  out.push(summaryBlock(model));
  out.push(clauseTable(total));
  out.push(heatmap(total));
  out.push(failures(model));
  out.push(coverageSection(model));
  out.push(invariantTable(total));
  out.push(scenarioTable(total));
  out.push('</main></body></html>');
  return `${out.join('\n')}\n`;
}

function summaryBlock(model: ReportModel): string {
  const { total } = model;
  const seeds = new Set<string>();
  for (const line of total.failing) seeds.add(line.seed);
  const checks = total.determinismChecks;
  const rows: [string, string][] = [
    ['runs', `${number(total.runs)} (${number(total.events)} events) over ${Object.keys(total.byScenario).length} scenario(s)`],
    ['failures', `${number(total.failures)}${Object.keys(total.byVerdict).length > 0 ? ` — ${Object.entries(total.byVerdict).map(([kind, n]) => `${kind} ${number(n)}`).join(', ')}` : ''}`],
    ['determinism re-runs', Object.keys(checks).length === 0 ? 'none recorded' : Object.entries(checks).map(([where, n]) => `${number(n)} on ${where === 'process' ? 'each of two separate processes (another TZ, LANG, heap, directory)' : where === 'worker' ? 'another worker' : 'the main thread'}`).join('; ')],
    ['system under test', total.suts.join(', ') || '—'],
    ['generated', `${model.generated.date} by ${model.generated.command}, Node ${model.generated.node}, code ${model.generated.codeVersion}`],
  ];
  if (model.baseline !== null) rows.push(['baseline', model.baseline]);
  const dl = rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
  const shards = model.files
    .map((file) => {
      const p = total.provenance[file];
      return `<tr><td><code>${escapeHtml(file)}</code></td><td>${p ? escapeHtml(p.shard ?? 'all') : '—'}</td><td>${p ? `<code>${escapeHtml(p.command)}</code>` : '<span class="muted">no provenance (older results)</span>'}</td><td>${p ? escapeHtml(p.codeVersion) : '—'}</td><td>${p ? escapeHtml(p.started) : '—'}</td><td>${p ? escapeHtml(p.node) : '—'}</td></tr>`;
    })
    .join('');
  const warnings = [...total.skipped.map((s) => `skipped ${s}`)].slice(0, 50);
  return `<section id="provenance"><h2>Verdict and provenance</h2><dl>${dl}</dl>
<table><tr><th>results file</th><th>shard</th><th>command</th><th>code</th><th>started</th><th>node</th></tr>${shards}</table>
${warnings.length > 0 ? `<p class="violated">Lines left out (${total.skipped.length}):</p><pre>${escapeHtml(warnings.join('\n'))}</pre>` : ''}</section>`;
}

function clauseTable(total: Aggregate): string {
  const rows = clauseRows(total);
  const body = rows.map((row) => (row.group ? `<tr id="clause-${escapeHtml(row.clause)}" data-clause="${escapeHtml(row.clause)}"><th colspan="5">${escapeHtml(row.clause)}. ${escapeHtml(row.title)} — <span class="${row.verdict === 'violated' ? 'violated' : row.verdict === 'not reached' ? 'unreached' : 'held'}">${escapeHtml(row.verdict)}</span></th></tr>` : clauseRowHtml(row, total))).join('\n');
  return `<section id="clauses"><h2>The spec, clause by clause</h2>
<p class="muted">Situations are counted from the trace (a run counts once per situation). Meaningful checks are rule applications where the property was at stake (a fault or failure path touched what was checked). A clause is <span class="held">covered and held</span> when its situations were reached or its rules made meaningful checks and nothing was violated, <span class="unreached">not reached</span> when neither, <span class="violated">violated</span> when a run broke one of its rules.</p>
<table><tr><th>clause</th><th>situations reached (runs)</th><th>invariants: meaningful checks / all</th><th>violations (runs)</th><th>verdict</th></tr>
${body}</table></section>`;
}

function clauseRowHtml(row: ClauseRow, total: Aggregate): string {
  const situations = CLAUSE_GENERAL.has(row.clause) ? '<span class="muted">the model as a whole: every situation</span>' : row.situations.length === 0 ? '<span class="muted">—</span>' : row.situations.map((s) => `<span title="${escapeHtml(`strictly: ${s.definition}`)}">${escapeHtml(s.text)}</span> <code>${escapeHtml(s.id)}</code>: ${number(s.runs)} (${share(s.runs, total.runs)})`).join('<br>');
  const general = CLAUSE_GENERAL.has(row.clause);
  const invariants = general
    ? `every invariant: ${number(row.invariants.reduce((sum, i) => sum + i.meaningful, 0))} meaningful checks of ${number(row.invariants.reduce((sum, i) => sum + i.checks, 0))}`
    : row.invariants.length === 0 ? '<span class="muted">—</span>' : row.invariants.map((i) => `<code>${escapeHtml(i.id)}</code> ${i.id === 'determinism' ? 're-runs' : `${number(i.meaningful)} / ${number(i.checks)}`}`).join('<br>');
  const violations = row.violations === 0 ? '0' : `<span class="violated">${number(row.violations)}</span>`;
  const cls = row.verdict === 'violated' ? 'violated' : row.verdict === 'not reached' ? 'unreached' : 'held';
  return `<tr id="clause-${escapeHtml(row.clause)}" data-clause="${escapeHtml(row.clause)}"><td><b>${escapeHtml(row.clause)}</b> ${escapeHtml(row.title)}</td><td>${situations}</td><td>${invariants}</td><td class="n">${violations}</td><td class="${cls}">${escapeHtml(row.verdict)}</td></tr>`;
}

function heatmap(total: Aggregate): string {
  const cells = Object.entries(total.mix);
  if (cells.length === 0) return '<section id="heatmap"><h2>Fault heatmap</h2><p class="muted">No faults recorded (results written before faults were classified, or a fault-free sweep).</p></section>';
  const faults = [...new Set(cells.map(([key]) => key.split('|')[0] as string))].sort();
  const actors = ['client', 'control-plane', 'kernel'];
  const max = Math.max(...cells.map(([, n]) => n));
  const sections = actors
    .map((actor) => {
      const mine = cells.filter(([key]) => key.split('|')[2] === actor);
      if (mine.length === 0) return '';
      const phases = [...new Set(mine.map(([key]) => key.split('|')[1] as string))].sort();
      const head = `<tr><th>${escapeHtml(actor)}: fault \\ phase</th>${phases.map((p) => `<th>${escapeHtml(p)}</th>`).join('')}</tr>`;
      const rows = faults
        .map((fault) => {
          const values = phases.map((phase) => total.mix[`${fault}|${phase}|${actor}`] ?? 0);
          if (values.every((v) => v === 0)) return '';
          return `<tr><th>${escapeHtml(fault)}</th>${values.map((v) => `<td class="c" style="background:rgba(207,34,46,${v === 0 ? 0 : (0.08 + 0.72 * Math.log1p(v) / Math.log1p(max)).toFixed(2)})">${v === 0 ? '' : number(v)}</td>`).join('')}</tr>`;
        })
        .join('');
      return `<div class="scroll"><table class="heat">${head}${rows}</table></div>`;
    })
    .join('');
  return `<section id="heatmap"><h2>Fault heatmap</h2><p class="muted">Injected faults that had a witnessed effect, by kind × the protocol phase they struck (the message, record or event kind) × the role of the process struck, over all runs. Empty cells: never struck to effect. A fault that changed nothing a run could notice (a copy that arrived before its original was handled, a delay that reordered nothing, a crash between two events that killed no timer, lost no record and missed no message) is counted apart below.</p>${witnessTable(total)}${sections}</section>`;
}

/** Per fault kind: injected, with a witnessed effect, and the share. */
function witnessTable(total: Aggregate): string {
  const rows = witnessShares(total);
  if (rows.length === 0) return '';
  const body = rows.map((row) => `<tr><th>${escapeHtml(row.fault)}</th><td class="c">${number(row.injected)}</td><td class="c">${number(row.witnessed)}</td><td class="c">${row.share}</td></tr>`).join('');
  return `<div class="scroll"><table class="heat" id="witnesses"><tr><th>fault</th><th>injected</th><th>witnessed effect</th><th>share</th></tr>${body}</table></div>`;
}

function failures(model: ReportModel): string {
  const { groups, resolved } = model;
  if (groups.length === 0 && resolved.length === 0) return '<section id="failures"><h2>Failures</h2><p>None.</p></section>';
  const parts: string[] = [];
  for (const [index, group] of groups.entries()) {
    const status = group.status !== undefined ? `<span class="tag ${group.status === 'new' ? 'new' : 'still'}">${escapeHtml(group.status)}</span>` : '';
    const shrunk = group.shrunk !== undefined ? `<p>Shrunk from ${group.shrunk.faultsBefore} to ${group.shrunk.faultsAfter} fault(s) in ${(group.shrunk.wallMs / 1000).toFixed(1)} s${group.shrunk.complete ? '' : ' (time budget reached: not minimal)'}${group.shrunk.faults.length > 0 ? ':' : '.'}</p>${group.shrunk.faults.length > 0 ? `<pre>${escapeHtml(group.shrunk.faults.join('\n'))}</pre>` : ''}` : '';
    const first = group.first;
    const explanation = first.verdict.kind === 'violation' ? (first.verdict.violations[0]?.explanation ?? '') : describeVerdict(first.verdict);
    const diagram = group.diagram !== undefined ? `<div class="diagram">${renderSequence(group.diagram)}</div>` : group.note !== undefined ? `<p class="muted">${escapeHtml(group.note)}</p>` : '';
    parts.push(`<div class="group" id="failure-${index + 1}">${status}<span class="tag">${number(group.count)} run(s)</span><b>${escapeHtml(group.signature)}</b>
<p>First: <b>${escapeHtml(first.scenario)} seed ${escapeHtml(first.seed)}</b> — ${escapeHtml(explanation)}</p>
<p>Scenarios: ${group.scenarios.map(escapeHtml).join(', ')}</p>
<p>Replay: <code>${escapeHtml(model.replayOf(group))}</code></p>${shrunk}${diagram}</div>`);
  }
  for (const group of resolved) parts.push(`<div class="group"><span class="tag resolved">resolved</span><b>${escapeHtml(group.signature)}</b> <span class="muted">(${number(group.count)} run(s) in the baseline, none now)</span></div>`);
  return `<section id="failures"><h2>Failures, triaged</h2><p class="muted">Grouped by signature (invariant | request role | kind of step; or the verdict kind), most frequent first. Each group's first repro is shrunk (within a time budget) and drawn: a lane per process incarnation, time downwards, the violating steps in red.</p>${parts.join('\n')}</section>`;
}

/** "3-5, 9, 12-14" */
export function lineRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i] as number;
    let end = start;
    while (lines[i + 1] === end + 1) end = lines[++i] as number;
    parts.push(end === start ? String(start) : `${start}-${end}`);
  }
  return parts.join(', ');
}

function coverageSection(model: ReportModel): string {
  const coverage = model.coverage;
  if (coverage === null) return '<section id="coverage"><h2>Code coverage of src/</h2><p class="muted">Not measured: run the sweep with <code>--coverage</code> (npm start does).</p></section>';
  const pct = (part: { covered: number; total: number }) => (part.total > 0 ? `${((part.covered / part.total) * 100).toFixed(1)}%` : '—');
  const sum = (pick: (file: FileCoverage) => { covered: number; total: number }) => coverage.files.reduce((acc, file) => ({ covered: acc.covered + pick(file).covered, total: acc.total + pick(file).total }), { covered: 0, total: 0 });
  const rows = coverage.files
    .map((file) => `<tr data-file="${escapeHtml(file.file)}"><td><code>${escapeHtml(file.file)}</code></td><td class="n">${pct(file.lines)} <span class="muted">(${file.lines.covered}/${file.lines.total})</span></td><td class="n">${pct(file.branches)} <span class="muted">(${file.branches.covered}/${file.branches.total})</span></td><td>${file.uncoveredLines.length === 0 ? '—' : `<code>${escapeHtml(lineRanges(file.uncoveredLines))}</code>`}</td></tr>`)
    .join('');
  const lines = sum((file) => file.lines);
  const branches = sum((file) => file.branches);
  return `<section id="coverage"><h2>Code coverage of src/</h2><p>Lines <b>${pct(lines)}</b>, branches <b>${pct(branches)}</b> of the reference, over the sweep's runs (V8 coverage of src/ compiled with source maps, read by c8).</p>
<table><tr><th>file</th><th>lines</th><th>branches</th><th>lines never run</th></tr>${rows}</table>
${coverage.typesOnly.length > 0 ? `<p class="muted">Types only, no executable line: ${coverage.typesOnly.map((file) => `<code>${escapeHtml(file)}</code>`).join(', ')}.</p>` : ''}</section>`;
}

function invariantTable(total: Aggregate): string {
  const rows = INVARIANTS.map((invariant) => {
    const all = total.checks[invariant.id] ?? 0;
    const meaningful = total.meaningful[invariant.id] ?? 0;
    const checks = invariant.id === 'determinism' ? `<td class="n" colspan="3">${number(Object.values(total.determinismChecks).reduce((a, b) => a + b, 0))} re-runs</td>` : `<td class="n">${number(all)}</td><td class="n">${number(meaningful)}</td><td class="n">${number(all - meaningful)}</td>`;
    return `<tr><td><code>${escapeHtml(invariant.id)}</code></td><td>${escapeHtml(invariant.clause)}</td><td>${escapeHtml(invariant.rule)}</td>${checks}<td class="n">${number(total.byInvariant[invariant.id] ?? 0)}</td></tr>`;
  }).join('\n');
  return `<section id="invariants"><h2>Invariants</h2><table><tr><th>invariant</th><th>clause</th><th>rule</th><th>checks</th><th>meaningful</th><th>trivial</th><th>runs failing it</th></tr>${rows}</table></section>`;
}

function scenarioTable(total: Aggregate): string {
  const rows = Object.entries(total.byScenario)
    .map(([name, t]) => `<tr><td>${escapeHtml(name)}</td><td class="n">${number(t.runs)}</td><td class="n">${t.failures > 0 ? `<span class="violated">${number(t.failures)}</span>` : '0'}</td><td class="n">${number(t.events)}</td></tr>`)
    .join('');
  return `<section id="scenarios"><h2>Scenarios</h2><table><tr><th>scenario</th><th>runs</th><th>failed</th><th>events</th></tr>${rows}</table></section>`;
}
