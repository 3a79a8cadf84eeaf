// The fast-check peer, on every mutant: the same bug hunt written idiomatically with
// fc.commands against src/ (model.ts, commands.ts, properties.ts), timed against AeroSim's
// runOnce over its built-in scenarios (aerosim-side.ts).
//
//   node bench/fastcheck-peer/compiled.mjs [--only name,name] [--budget-s S]
//        [--reps R] [--num-runs N] [--max-commands M] [--shrink-s S] [--no-aerosim]
//        [--append] [--report-only] [--ramp off|on|SIZESxSEEDS]
//
// (compiled.mjs bundles this file and runs it: both sides compiled, as the bin runs
// AeroSim; `node --import tsx bench/fastcheck-peer/run.ts` also works, slower on both sides.)
// Defaults: budget 20 s per mutant, per repetition, per side; 3 repetitions; maxCommands
// 150; shrinking up to 30 s (not counted). --append keeps the rows of results.json for the
// mutants not rerun; --report-only rewrites RESULTS.md from results.json (and includes
// DISCUSSION.md, the hand-written reading of the figures).
//
// Per mutant and repetition: fast-check with seed BASE+rep (fc.check, the non-throwing
// form of fc.assert) until the first failing run or the budget (wall time, or numRuns),
// then its shrinking; AeroSim over seeds 1, 2, … × every built-in scenario until a
// violation of the mutant's target invariant, or the same budget. Results are appended to
// results.json as they come and RESULTS.md is written at the end.

import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { reference } from '../../src/index.ts';
import type { SystemUnderTest } from '../../src/ports.ts';
import { MUTANTS } from '../../mutants/index.ts';
import { parseRamp, rampText } from '../../sim/ramp.ts';
import { aerosimHunt, aerosimScenarioNames, aerosimWarmUp, type AeroResult } from './aerosim-side.ts';
import { commandArbs, finish, mirror, newReal, replay, type Model, type Real } from './commands.ts';
import { PropertyViolation } from './properties.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS_JSON = join(HERE, 'results.json');
const RESULTS_MD = join(HERE, 'RESULTS.md');
const BASE_SEED = 20_250_611;

// ---- arguments ---------------------------------------------------------------------------

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const only = arg('only')?.split(',').map((s) => s.trim()).filter((s) => s !== '') ?? null;
const budgetMs = Number(arg('budget-s') ?? '20') * 1000;
const reps = Number(arg('reps') ?? '3');
const numRuns = Number(arg('num-runs') ?? '1000000');
const maxCommands = Number(arg('max-commands') ?? '150');
const shrinkBudgetMs = Number(arg('shrink-s') ?? '30') * 1000;
const withAerosim = !flag('no-aerosim');
/** AeroSim's size ramp, as `aerosim sweep --ramp` takes it (default: on, as a hunt has it) */
const ramp = parseRamp(arg('ramp') ?? 'on');

// ---- the fast-check hunt -----------------------------------------------------------------

export interface FcResult {
  readonly seed: number;
  readonly found: boolean;
  /** wall time from the start of fc.check to the first failing run, ms */
  readonly ms: number | null;
  /** runs until the first failure, that one included */
  readonly runs: number | null;
  /** commands that ran in the shrunk counterexample */
  readonly shrunkLength: number | null;
  readonly shrinkMs: number | null;
  readonly shrinks: number | null;
  readonly property: string | null;
  readonly message: string | null;
  readonly counterexample: string | null;
  /** runs performed within the budget */
  readonly totalRuns: number;
  readonly elapsedMs: number;
}

/** Runs the commands in a fresh world, counting those that ran, up to the first violation. */
function countRan(sut: SystemUnderTest, cmds: Iterable<fc.Command<Model, Real>>): number {
  const real = newReal(sut);
  const model = mirror(real);
  let ran = 0;
  try {
    for (const cmd of cmds) {
      if (!cmd.check(model)) continue;
      ran++;
      cmd.run(model, real);
    }
  } catch {
    /* the violation it was shrunk to */
  }
  return ran;
}

export function fcHunt(sut: SystemUnderTest, seed: number, budget: number): FcResult {
  let calls = 0;
  let firstFailMs: number | null = null;
  let runsAtFail: number | null = null;
  let determinismSeen = false;
  let started = performance.now();
  const property = fc.property(fc.commands(commandArbs(), { maxCommands, size: 'max' }), (cmds) => {
    calls++;
    try {
      const real = newReal(sut);
      const model = mirror(real);
      fc.modelRun(() => ({ model, real }), cmds);
      finish(real, model);
      // determinism: the same commands on a fresh world must give the same run (every 16th
      // run, and every run once it failed, so that shrinking can reproduce it)
      if (determinismSeen || calls % 16 === 1) {
        let again: string;
        try {
          again = replay(sut, cmds).fingerprint;
        } catch (error) {
          again = `a violation: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (again !== real.world.fingerprint()) {
          determinismSeen = true;
          throw new PropertyViolation({ property: 'determinism', text: `the same commands gave ${real.world.fingerprint()} then ${again}`, step: 0 });
        }
      }
    } catch (error) {
      if (firstFailMs === null) {
        firstFailMs = performance.now() - started;
        runsAtFail = calls;
      }
      throw error;
    }
  });
  // phase 1, the hunt: stop at the first failure or at the budget
  const hunt = fc.check(property, { seed, numRuns, interruptAfterTimeLimit: budget, endOnFailure: true });
  const huntMs = performance.now() - started;
  const totalRuns = calls;
  if (!hunt.failed || hunt.counterexamplePath === null) {
    return { seed, found: false, ms: null, runs: null, shrunkLength: null, shrinkMs: null, shrinks: null, property: null, message: null, counterexample: null, totalRuns, elapsedMs: huntMs };
  }
  // phase 2, shrinking: replay the failing run from its path and let fast-check shrink it
  started = performance.now();
  const shrunk = fc.check(property, { seed, path: hunt.counterexamplePath, numRuns: 1, interruptAfterTimeLimit: shrinkBudgetMs });
  const shrinkMs = performance.now() - started;
  const details = shrunk.failed && shrunk.counterexample !== null ? shrunk : hunt;
  const cmds = details.counterexample?.[0];
  const error = details.errorInstance;
  const violation = error instanceof PropertyViolation ? error.violation : null;
  const message = error instanceof Error ? error.message : String(error);
  return {
    seed,
    found: true,
    ms: huntMs,
    runs: runsAtFail,
    shrunkLength: cmds === undefined ? null : countRan(sut, cmds),
    shrinkMs,
    shrinks: shrunk.numShrinks,
    property: violation?.property ?? 'exception',
    message: message.split('\n')[0]?.slice(0, 300) ?? null,
    counterexample: cmds === undefined ? null : String(cmds).replace(/\s*\/\*replayPath=.*\*\/\s*$/, '').slice(0, 1500),
    totalRuns,
    elapsedMs: huntMs + shrinkMs,
  };
}

// ---- results -----------------------------------------------------------------------------

interface Row {
  readonly name: string;
  readonly targets: string;
  readonly failurePathOnly: boolean;
  readonly fc: FcResult[];
  readonly aero: AeroResult[];
}

interface Results {
  readonly machine: { cpu: string; cores: number; node: string; commit: string; dirty: string; fastCheck: string; date: string };
  readonly settings: { budgetMs: number; reps: number; numRuns: number; maxCommands: number; shrinkBudgetMs: number; scenarios: string[]; ramp?: string };
  readonly reference: FcResult[];
  rows: Row[];
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const fmtMs = (ms: number | null) => (ms === null ? '—' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US'));
const fmtN = (n: number | null) => (n === null ? '—' : Math.round(n).toLocaleString('en-US'));

interface Summary {
  fcFound: number;
  fcMs: number | null;
  fcRuns: number | null;
  shrunk: number | null;
  property: string;
  aeroFound: number;
  aeroMs: number | null;
  aeroRuns: number | null;
  aeroInvariant: string;
  aeroTargetFound: number;
  aeroTargetMs: number | null;
  ratio: number | null;
}

function summarise(row: Row): Summary {
  const fcHits = row.fc.filter((r) => r.found);
  const aeroHits = row.aero.filter((r) => r.any !== null);
  const aeroTargets = row.aero.filter((r) => r.target !== null);
  const fcMs = median(fcHits.map((r) => r.ms ?? 0));
  const aeroMs = median(aeroHits.map((r) => r.any?.ms ?? 0));
  const props = [...new Set(fcHits.map((r) => r.property ?? '?'))].join(', ');
  // found in a majority of the repetitions, on both sides, for a ratio
  const majority = Math.ceil(Math.max(row.fc.length, 1) / 2);
  const ratio = fcHits.length >= majority && aeroHits.length >= Math.ceil(Math.max(row.aero.length, 1) / 2) && fcMs !== null && aeroMs !== null && fcMs > 0 ? aeroMs / fcMs : null;
  return {
    fcFound: fcHits.length,
    fcMs,
    fcRuns: median(fcHits.map((r) => r.runs ?? 0)),
    shrunk: median(fcHits.map((r) => r.shrunkLength ?? 0)),
    property: props === '' ? '—' : props,
    aeroFound: aeroHits.length,
    aeroMs,
    aeroRuns: median(aeroHits.map((r) => r.any?.runs ?? 0)),
    aeroInvariant: [...new Set(aeroHits.map((r) => r.any?.invariant ?? '?'))].join(', ') || '—',
    aeroTargetFound: aeroTargets.length,
    aeroTargetMs: median(aeroTargets.map((r) => r.target?.ms ?? 0)),
    ratio,
  };
}

function table(results: Results): string {
  const lines = [
    '| mutant | targets | fc found | fc ms to 1st failure | fc runs | shrunk cmds | fc property | AeroSim found | AeroSim ms | AeroSim runs | AeroSim 1st invariant | AeroSim ms to target | AeroSim ÷ fc |',
    '|---|---|---|---:|---:|---:|---|---|---:|---:|---|---:|---:|',
  ];
  const n = results.settings.reps;
  for (const row of results.rows) {
    const s = summarise(row);
    lines.push(
      `| ${row.name} | ${row.targets} | ${s.fcFound}/${row.fc.length} | ${fmtMs(s.fcMs)} | ${fmtN(s.fcRuns)} | ${fmtN(s.shrunk)} | ${s.property} | ${s.aeroFound}/${row.aero.length || n} | ${fmtMs(s.aeroMs)} | ${fmtN(s.aeroRuns)} | ${s.aeroInvariant} | ${s.aeroTargetFound === 0 ? '—' : fmtMs(s.aeroTargetMs)} | ${s.ratio === null ? '—' : s.ratio >= 10 ? s.ratio.toFixed(0) : s.ratio.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

function overall(results: Results): { text: string; stats: Record<string, number | string | null> } {
  const sums = results.rows.map((row) => ({ row, s: summarise(row) }));
  const fcFound = sums.filter(({ s }) => s.fcFound > 0);
  const fcMajority = sums.filter(({ row, s }) => s.fcFound >= Math.ceil(row.fc.length / 2));
  const aeroFound = sums.filter(({ s }) => s.aeroFound > 0);
  const aeroTarget = sums.filter(({ s }) => s.aeroTargetFound > 0);
  const both = sums.filter(({ s }) => s.ratio !== null);
  const ratios = both.map(({ s }) => s.ratio ?? 0);
  const fcOnly = sums.filter(({ s }) => s.fcFound > 0 && s.aeroFound === 0).map(({ row }) => row.name);
  const aeroOnly = sums.filter(({ s }) => s.fcFound === 0 && s.aeroFound > 0).map(({ row }) => row.name);
  const neither = sums.filter(({ s }) => s.fcFound === 0 && s.aeroFound === 0).map(({ row }) => row.name);
  const fcFaster = ratios.filter((r) => r > 1).length;
  const geo = ratios.length === 0 ? null : Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  const stats = {
    mutants: sums.length,
    fcFoundAny: fcFound.length,
    fcFoundMajority: fcMajority.length,
    aeroFoundAny: aeroFound.length,
    aeroFoundTarget: aeroTarget.length,
    bothWithRatio: both.length,
    medianRatio: median(ratios),
    geoMeanRatio: geo,
    fcFaster,
    aeroFaster: ratios.length - fcFaster,
    medianShrunk: median(fcFound.map(({ s }) => s.shrunk ?? 0)),
    medianFcMs: median(fcFound.map(({ s }) => s.fcMs ?? 0)),
    medianAeroMs: median(aeroFound.map(({ s }) => s.aeroMs ?? 0)),
    fcOnly: fcOnly.join(', ') || 'none',
    aeroOnly: aeroOnly.join(', ') || 'none',
    neither: neither.join(', ') || 'none',
  };
  // the ratio summary repetition by repetition: rep i of fast-check against rep i of AeroSim
  const perRep: (number | null)[] = [];
  for (let rep = 0; rep < results.settings.reps; rep++) {
    const rs: number[] = [];
    for (const row of results.rows) {
      const f = row.fc[rep];
      const a = row.aero[rep];
      if (f?.found === true && f.ms !== null && f.ms > 0 && a?.any != null) rs.push(a.any.ms / f.ms);
    }
    perRep.push(median(rs));
  }
  const repMedian = median(perRep.filter((r): r is number => r !== null));
  const failurePath = both.filter(({ row }) => row.failurePathOnly).map(({ s }) => s.ratio ?? 0);
  const calmReachable = both.filter(({ row }) => !row.failurePathOnly).map(({ s }) => s.ratio ?? 0);
  // throughput: the reference under fast-check (runs/s of the hunt) and AeroSim's runs/s
  // over the hunts that ran the whole budget without finding anything
  const fcRate = median(results.reference.map((r) => (r.totalRuns * 1000) / Math.max(r.elapsedMs, 1)));
  const aeroRate = median(results.rows.flatMap((row) => row.aero.filter((a) => a.any === null && a.elapsedMs > 1000).map((a) => (a.runs * 1000) / a.elapsedMs)));
  const shrinkMs = median(results.rows.flatMap((row) => row.fc.filter((r) => r.found && r.shrinkMs !== null).map((r) => r.shrinkMs ?? 0)));
  const text = [
    `- mutants: ${stats.mutants}`,
    `- fast-check finds ${stats.fcFoundAny} (in a majority of the ${results.settings.reps} seeds: ${stats.fcFoundMajority}); AeroSim finds ${stats.aeroFoundAny} (any violation), ${stats.aeroFoundTarget} with the mutant's target invariant`,
    `- found by both (majority of repetitions): ${stats.bothWithRatio}; median AeroSim ÷ fast-check time to first failure: ${stats.medianRatio === null ? '—' : stats.medianRatio.toFixed(2)} (geometric mean ${geo === null ? '—' : geo.toFixed(2)}); fast-check first on ${fcFaster}, AeroSim first on ${ratios.length - fcFaster}`,
    `- by kind of mutant: failure-path-only (misbehaves only under a crash, loss or timeout) median ratio ${median(failurePath)?.toFixed(2) ?? '—'} over ${failurePath.length}; reachable in calm runs ${median(calmReachable)?.toFixed(2) ?? '—'} over ${calmReachable.length}`,
    `- the same ratio summary repetition by repetition (rep i against rep i): ${perRep.map((r) => (r === null ? '—' : r.toFixed(2))).join(', ')}; median of the ${perRep.length}: ${repMedian === null ? '—' : repMedian.toFixed(2)}`,
    `- throughput: fast-check ~${fmtN(fcRate)} runs/s on the reference (a run: ≤ ${results.settings.maxCommands} commands plus the quiet phase); AeroSim ~${aeroRate === null ? '—' : fmtN(aeroRate)} runs/s (over the scenario rotation, on hunts that used the whole budget); fast-check's shrinking took a median ${fmtMs(shrinkMs)} ms per found mutant (not counted above)`,
    `- median time to first failure over the mutants each finds: fast-check ${fmtMs(stats.medianFcMs)} ms, AeroSim ${fmtMs(stats.medianAeroMs)} ms; median shrunk counterexample ${fmtN(stats.medianShrunk)} commands`,
    `- found by fast-check only: ${stats.fcOnly}`,
    `- found by AeroSim only: ${stats.aeroOnly}`,
    `- found by neither: ${stats.neither}`,
  ].join('\n');
  return { text, stats };
}

function loadResults(): Results | null {
  if (!existsSync(RESULTS_JSON)) return null;
  return JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as Results;
}

function writeReport(results: Results, discussion: string): void {
  const { text } = overall(results);
  const m = results.machine;
  const st = results.settings;
  const ref = results.reference;
  const md = [
    '# fast-check peer vs AeroSim — time to first failure on every mutant',
    '',
    `Generated by \`node ${process.argv[1]?.endsWith('.compiled.mjs') ? 'bench/fastcheck-peer/compiled.mjs' : '--import tsx bench/fastcheck-peer/run.ts'}${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}\` (issue 11, item 5)${process.argv[1]?.endsWith('.compiled.mjs') ? ': both sides compiled into one bundle with esbuild' : ': through tsx'}.`,
    '',
    '## Machine and settings',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores; Node ${m.node}; fast-check ${m.fastCheck}; ${m.date}`,
    `- commit ${m.commit}${m.dirty === '' ? '' : ` (working tree not clean: ${m.dirty})`}`,
    `- **figures are from a shared, noisy 2-core machine** (other engineers were running and editing at the same time); each mutant was hunted ${st.reps} times per side and the table gives medians of the ${st.reps} repetitions`,
    `- budget per mutant, per repetition, per side: ${st.budgetMs / 1000} s wall time (fast-check numRuns ${st.numRuns.toLocaleString('en-US')}, never the binding limit; shrinking gets up to ${st.shrinkBudgetMs / 1000} s more and is not counted in "time to first failure")`,
    `- fast-check: \`fc.commands\` with maxCommands ${st.maxCommands} (size 'max'), seeds ${BASE_SEED}+rep; a different seed per repetition, so its medians include the luck of the draw`,
    `- AeroSim: \`runOnce\` in process, ${st.ramp === undefined || st.ramp === 'off' ? 'no size ramp' : `first the size ramp ${st.ramp} (\`aerosim sweep\`'s default with --max-failures: that many seeds of every scenario at each size, \`<scenario>@N\` = at most ⌈N/4⌉ operators × N intents)`}, then seeds 1, 2, … × the ${st.scenarios.length} built-in scenarios (${st.scenarios.join(', ')}), seed-major; deterministic, so its repetitions differ only by timing noise. "AeroSim ms" is to the first run with any violation; "ms to target" to the first violation of the mutant's own target invariant`,
    `- ratio = median AeroSim ms ÷ median fast-check ms, both to the first failure of any kind, when both sides found the mutant in a majority of repetitions; > 1 means fast-check got there first`,
    `- reference (src/) under fast-check: ${ref.map((r) => (r.found ? `FAILED (${r.message})` : `passed ${r.totalRuns.toLocaleString('en-US')} runs in ${fmtMs(r.elapsedMs)} ms`)).join('; ')}`,
    '',
    '## Summary',
    '',
    text,
    '',
    discussion,
    '',
    '## Per mutant',
    '',
    'fc property: which of the peer\'s own properties (bench/fastcheck-peer/properties.ts) the shrunk counterexample breaks.',
    '',
    table(results),
    '',
    '## Shrunk counterexamples (first repetition that found each mutant)',
    '',
    ...results.rows.flatMap((row) => {
      const hit = row.fc.find((r) => r.found);
      return hit === undefined ? [] : [`- **${row.name}** (${hit.shrunkLength} commands): \`${hit.counterexample}\` → ${hit.message}`];
    }),
    '',
  ].join('\n');
  writeFileSync(RESULTS_MD, md);
}

// ---- main --------------------------------------------------------------------------------

function machine(): Results['machine'] {
  const sh = (cmd: string) => {
    try {
      return execSync(cmd, { cwd: HERE, encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  };
  const fcVersion = (JSON.parse(readFileSync(join(HERE, '..', '..', 'node_modules', 'fast-check', 'package.json'), 'utf8')) as { version: string }).version;
  const dirty = sh('git status --porcelain --untracked-files=no').split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().split(/\s+/).pop() ?? '').join(', ');
  return {
    cpu: os.cpus()[0]?.model ?? '?',
    cores: os.cpus().length,
    node: process.version,
    commit: sh('git rev-parse HEAD'),
    dirty,
    fastCheck: fcVersion,
    date: new Date().toISOString().slice(0, 10),
  };
}

const DISCUSSION_PLACEHOLDER = '<!-- discussion: see DISCUSSION.md -->';

function discussion(): string {
  const file = join(HERE, 'DISCUSSION.md');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : DISCUSSION_PLACEHOLDER;
}

function main(): void {
  if (flag('report-only')) {
    const results = loadResults();
    if (results === null) throw new Error('no results.json');
    writeReport(results, discussion());
    console.log(table(results));
    console.log(overall(results).text);
    return;
  }
  const mutants = MUTANTS.filter((m) => only === null || only.includes(m.name));
  if (only !== null && mutants.length !== only.length) {
    const missing = only.filter((n) => !MUTANTS.some((m) => m.name === n));
    if (missing.length > 0) console.error(`unknown mutants: ${missing.join(', ')}`);
  }
  const scenarioNames = withAerosim ? aerosimScenarioNames() : [];
  if (withAerosim) aerosimWarmUp();
  // the reference must pass: a failure here means the model or a property is wrong
  const referenceRuns: FcResult[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const r = fcHunt(reference, BASE_SEED + 100 + rep, budgetMs);
    referenceRuns.push(r);
    console.log(`reference rep ${rep + 1}: ${r.found ? `FAILED after ${r.runs} runs: ${r.message}\n  ${r.counterexample}` : `passed ${r.totalRuns} runs in ${fmtMs(r.elapsedMs)} ms`}`);
  }
  const previous = flag('append') ? loadResults() : null;
  const results: Results = {
    machine: machine(),
    settings: { budgetMs, reps, numRuns, maxCommands, shrinkBudgetMs, scenarios: scenarioNames, ramp: rampText(ramp) },
    reference: referenceRuns,
    rows: previous?.rows.filter((r) => !mutants.some((m) => m.name === r.name)) ?? [],
  };
  const order = new Map(MUTANTS.map((m, i) => [m.name, i]));
  for (const mutant of mutants) {
    const row: Row = { name: mutant.name, targets: mutant.targets, failurePathOnly: mutant.failurePathOnly, fc: [], aero: [] };
    for (let rep = 0; rep < reps; rep++) {
      row.fc.push(fcHunt(mutant, BASE_SEED + rep, budgetMs));
      if (withAerosim) row.aero.push(aerosimHunt(mutant, mutant.targets, budgetMs, false, ramp));
    }
    results.rows.push(row);
    results.rows.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
    const s = summarise(row);
    console.log(
      `${mutant.name.padEnd(52)} fc ${s.fcFound}/${reps} ${fmtMs(s.fcMs).padStart(8)} ms ${fmtN(s.fcRuns).padStart(6)} runs shrunk ${fmtN(s.shrunk).padStart(3)} [${s.property}]` +
        (withAerosim ? ` | aerosim ${s.aeroFound}/${reps} ${fmtMs(s.aeroMs).padStart(8)} ms ${fmtN(s.aeroRuns).padStart(5)} runs [${s.aeroInvariant}] target ${s.aeroTargetFound}/${reps} | ratio ${s.ratio === null ? '—' : s.ratio.toFixed(2)}` : ''),
    );
    writeFileSync(RESULTS_JSON, JSON.stringify(results, null, 1));
  }
  writeReport(results, discussion());
  console.log();
  console.log(table(results));
  console.log();
  console.log(overall(results).text);
}

main();
