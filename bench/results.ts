// `npm run bench`: measures what issue 11 asks for and writes bench/RESULTS.md — machine,
// Node, commit, and each figure as the median of interleaved rounds with min–max. Figures
// from a shared 2-core machine are noisy: compare ratios measured in one run, not runs.
//
//   npm run bench                                  # this checkout alone
//   npm run bench -- --before /tmp/before          # and a checkout from before a change,
//                                                  # interleaved round by round
//   npm run bench -- --quick                       # fewer rounds, seeds and runs (a smoke run)
//   npm run bench -- --jobs-runs 20000 --rss-runs 1000000
//
// A "before" checkout: `git worktree add /tmp/before <commit>`, then in it
// `ln -s "$PWD/node_modules" node_modules && node sim/build.mjs`.
//
// Measured here:
//   1. events/s on one core (mixed, and every built-in scenario), invariants on and off; an
//      event is a message arriving, a timer firing, an operator command, a crash or a
//      (re)start — counted by this checkout's world on the same seeds for both copies;
//   2. harness ÷ bare handlers (bench/bare.ts: a run's handler calls replayed on fresh
//      actors over a minimal port, checked exact before it is timed);
//   3. --jobs 1 vs --jobs 2 on a sweep, interleaved, with the sweep's peak RSS; and the peak
//      RSS of one long sweep (--rss-runs);
//   4. cold start of the bin and of `run`;
//   5. per mutant (every 10th of the catalogue): a cold `sweep --mutant M --max-failures 1`,
//      the in-process time to the first failure, and a cold `shrink` of the repro (time, size);
//   7. a CPU profile (bench/profile.ts); 8. a sweep under two worker heap limits (bench/heap-limit.ts).
// The fast-check peer has its own run and results: bench/fastcheck-peer/RESULTS.md.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Mutant } from '../mutants/kit.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import type { runOnce as RunOnce } from '../sim/runner.ts';
import type { builtinScenarioNames as BuiltinScenarioNames, loadScenario as LoadScenario } from '../sim/scenario-file.ts';
import { DEFAULT_RAMP } from '../sim/ramp.ts';
import { aerosimHunt } from './fastcheck-peer/aerosim-side.ts';
import { measureBare } from './bare.ts';

const quick = process.argv.includes('--quick');
const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const ROUNDS = quick ? 3 : 5;
const JOBS_RUNS = Number(option('jobs-runs') ?? (quick ? 1000 : 20000));
const JOBS_ROUNDS = quick ? 1 : 3;
const RSS_RUNS = Number(option('rss-runs') ?? 0);
const beforeDir = option('before');
/** which sections to measure (default all); the others are kept from bench/RESULTS.md */
const sections = option('sections')?.split(',').map(Number) ?? null;
const wanted = (section: number) => sections === null || sections.includes(section);

const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

interface Figure {
  median: number;
  min: number;
  max: number;
}
const figure = (values: readonly number[]): Figure => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
};
const show = (f: Figure, unit = '', digits = 0) => `${f.median.toFixed(digits)}${unit} (${f.min.toFixed(digits)}–${f.max.toFixed(digits)})`;
const k = (f: Figure) => `${Math.round(f.median / 1000).toLocaleString('en-US')} k (${Math.round(f.min / 1000)}–${Math.round(f.max / 1000)} k)`;
const ratios = (a: readonly number[], b: readonly number[]) => a.map((x, i) => x / (b[i] ?? x));

/** One checkout of the harness: this one ("after"), or one from before a change. */
interface Copy {
  readonly label: string;
  readonly root: string;
  readonly bin: string;
  readonly runOnce: typeof RunOnce;
  readonly loadScenario: typeof LoadScenario;
  readonly builtinScenarioNames: typeof BuiltinScenarioNames;
  readonly commit: string;
  /** the names in its mutant catalogue */
  readonly mutants: ReadonlySet<string>;
  /** its catalogue and its reference system, loaded as the harness is */
  readonly catalogue: readonly Mutant[];
  readonly reference: SystemUnderTest;
  /** whether it runs compiled (its .build/) or through tsx */
  readonly compiled: boolean;
}

/** A checkout's harness as its users run it: compiled to JavaScript in its .build/ (built
 * here if stale), as the bin and every worker load it. Through tsx the same code runs
 * slower, most of all on small runs (~1.5× at four intents): tsx compiles with esbuild's
 * keepNames, which names every closure at run time. Falls back to tsx if the build fails. */
async function copyAt(label: string, root: string): Promise<Copy> {
  const fresh = async () => ((await import(pathToFileURL(join(root, 'sim/entry.mjs')).href)) as { buildIsFresh(): boolean }).buildIsFresh();
  if (!(await fresh())) spawnSync(process.execPath, ['sim/build.mjs'], { cwd: root, stdio: 'ignore' });
  const built = await fresh();
  const at = (path: string) => pathToFileURL(join(root, built ? `.build/${path}.js` : `${path}.ts`)).href;
  const runner = (await import(at('sim/runner'))) as { runOnce: typeof RunOnce };
  const files = (await import(at('sim/scenario-file'))) as { loadScenario: typeof LoadScenario; builtinScenarioNames: typeof BuiltinScenarioNames };
  const catalogue = (await import(at('mutants/index'))) as { MUTANTS: readonly Mutant[] };
  const system = (await import(at('src/index'))) as { reference: SystemUnderTest };
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  return {
    label,
    root,
    bin: join(root, 'bin/aerosim.mjs'),
    runOnce: runner.runOnce,
    loadScenario: files.loadScenario,
    builtinScenarioNames: files.builtinScenarioNames,
    commit,
    mutants: new Set(catalogue.MUTANTS.map((m) => m.name)),
    catalogue: catalogue.MUTANTS,
    reference: system.reference,
    compiled: built,
  };
}

if (beforeDir !== undefined && !existsSync(join(beforeDir, 'sim/runner.ts'))) {
  process.stderr.write(`bench: --before ${beforeDir}: expected a checkout of aerosim (sim/runner.ts not found)\n`);
  process.exit(2);
}
const after = await copyAt('after', resolve('.'));
const copies: Copy[] = beforeDir !== undefined ? [await copyAt('before', resolve(beforeDir)), after] : [after];
/** the copies in round `round`'s order: alternated so that neither always goes first */
const inOrder = (round: number) => (round % 2 === 0 ? copies : [...copies].reverse());
const cell = (values: (copy: Copy) => string) => copies.map(values).join(' | ');
const header = (what: string) => copies.map((copy) => `${what} ${copy.label}`).join(' | ');

/** wall seconds and peak RSS (MB) of a command */
function timed(args: readonly string[], cwd?: string): { seconds: number; rssMb: number; stdout: string } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8', cwd, maxBuffer: 1 << 26 });
  const [seconds, kb] = (result.stderr.trim().split('\n').pop() ?? '0 0').split(' ').map(Number);
  return { seconds: seconds ?? 0, rssMb: (kb ?? 0) / 1024, stdout: result.stdout };
}

const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
say('# AeroSim benchmarks (issue 11)');
say('');
say(
  `Generated by \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` on ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, Node ${process.version}, commit ${commit}` +
    `${beforeDir !== undefined ? `; "before" is commit ${copies[0]?.commit}, measured in the same rounds, alternating which copy goes first` : ''}. In-process figures run ${copies.map((copy) => `${copy.label} ${copy.compiled ? 'compiled (its .build/, as the bin runs it)' : 'through tsx (its build failed)'}`).join(', ')}. Each figure: median of the rounds (min–max). The machine is shared and noisy: read ratios measured in the same run.`,
);
say('');

// ---- 1. events per second ---------------------------------------------------------------
if (wanted(1)) {
  say('## 1. Events per second, one core (trace on)');
  say('');
  say('An event: a message arriving, a timer firing, an operator command, a crash, a start or restart (operator alarms and the quiet phase are not counted). Counted by this checkout on the same seeds for both copies; the copies must make the same runs (same steps per seed), else the figure is refused.');
  say('');
  say(`| scenarios | ${header('invariants on,')} | ${header('invariants off,')} |`);
  say(`|---|${copies.map(() => '---:').join('|')}|${copies.map(() => '---:').join('|')}|`);

  function throughput(names: readonly string[], seeds: number): Map<string, { on: number[]; off: number[] }> {
    const counted = new Map<string, number>();
    const steps = new Map<string, number>();
    const total = (first: number) => {
      let sum = 0;
      for (const name of names) for (let seed = first; seed < first + seeds; seed++) sum += counted.get(`${name} ${seed}`) ?? 0;
      return sum;
    };
    for (let round = 0; round < ROUNDS; round++) {
      const first = 1 + round * seeds;
      const scenario = (copy: Copy, name: string) => copy.loadScenario(name);
      for (const name of names) {
        for (let seed = first; seed < first + seeds; seed++) {
          const result = after.runOnce({ scenario: scenario(after, name), seed: BigInt(seed), check: false });
          counted.set(`${name} ${seed}`, result.countedEvents);
          steps.set(`${name} ${seed}`, result.events);
          result.world?.trace.release();
        }
      }
    }
    const out = new Map(copies.map((copy) => [copy.label, { on: [] as number[], off: [] as number[] }]));
    const prepared = new Map(copies.map((copy) => [copy.label, names.map((name) => copy.loadScenario(name))]));
    for (const copy of copies) for (const scenario of prepared.get(copy.label) ?? []) for (let seed = 1; seed <= 20; seed++) copy.runOnce({ scenario, seed: BigInt(900_000 + seed) }).world?.trace.release(); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      const first = 1 + round * seeds;
      for (const check of [true, false]) {
        for (const copy of inOrder(round)) {
          const started = performance.now();
          for (const scenario of prepared.get(copy.label) ?? []) {
            for (let seed = first; seed < first + seeds; seed++) {
              const result = copy.runOnce({ scenario, seed: BigInt(seed), check });
              if (result.events !== steps.get(`${scenario.name} ${seed}`)) throw new Error(`${copy.label}: ${scenario.name} seed ${seed} made ${result.events} steps, this checkout ${steps.get(`${scenario.name} ${seed}`)}: the copies make different runs`);
              result.world?.trace.release();
            }
          }
          const seconds = (performance.now() - started) / 1000;
          out.get(copy.label)?.[check ? 'on' : 'off'].push(total(first) / seconds);
        }
      }
    }
    return out;
  }

  const eventRates: Record<string, Map<string, { on: number[]; off: number[] }>> = {};
  /** the built-in scenarios every copy has (a scenario added since "before" is left out) */
  const common = after.builtinScenarioNames().filter((name) => copies.every((copy) => copy.builtinScenarioNames().includes(name)));
  for (const [label, names, seeds] of [
    ['mixed', ['mixed'], quick ? 100 : 300],
    [`all ${common.length}`, common, quick ? 5 : 20],
  ] as const) {
    const rates = throughput(names, seeds);
    eventRates[label] = rates;
    say(`| ${label} | ${cell((copy) => k(figure(rates.get(copy.label)?.on ?? [])))} | ${cell((copy) => k(figure(rates.get(copy.label)?.off ?? [])))} |`);
  }
  say('');
  if (copies.length > 1) {
    for (const [label, rates] of Object.entries(eventRates)) {
      const on = ratios(rates.get('after')?.on ?? [], rates.get('before')?.on ?? []);
      const off = ratios(rates.get('after')?.off ?? [], rates.get('before')?.off ?? []);
      say(`- ${label}: after ÷ before, round by round: invariants on ${show(figure(on), '×', 2)}, off ${show(figure(off), '×', 2)}.`);
    }
    say('');
  }
  say('Target ≥ 2 M events/s/core with invariants on.');
  say('');
}

// ---- 2. harness ÷ bare ------------------------------------------------------------------
if (wanted(2)) {
  say('## 2. Harness ÷ bare handlers (mixed)');
  say('');
  const bareSeeds = quick ? 60 : 300;
  const bare = measureBare(
    copies.map((copy) => ({ label: copy.label, runOnce: copy.runOnce, scenario: copy.loadScenario('mixed') })),
    bareSeeds,
    ROUNDS,
    after.reference,
  );
  say(`${bare.runs} seeds of mixed: ${bare.handlers.toLocaleString('en-US')} handler calls and ${bare.calls.toLocaleString('en-US')} port calls, replayed exactly on fresh actors (bench/bare.ts); bare replay ${show(figure(bare.bare), ' s', 3)} a round.`);
  say('');
  say(`| | ${copies.map((copy) => copy.label).join(' | ')} |`);
  say(`|---|${copies.map(() => '---:').join('|')}|`);
  say(`| harness ÷ bare, invariants on | ${cell((copy) => show(figure(ratios(bare.on.get(copy.label) ?? [], bare.bare)), '×', 1))} |`);
  say(`| harness ÷ bare, invariants off | ${cell((copy) => show(figure(ratios(bare.off.get(copy.label) ?? [], bare.bare)), '×', 1))} |`);
  say('');
  say('Targets: ≤ 3× with invariants on, ≤ 1.5× off.');
  say('');
}

// ---- 3. jobs and memory ---------------------------------------------------------------------
if (wanted(3)) {
  say(`## 3. Sweep scaling: --jobs 1 vs --jobs 2 on ${JOBS_RUNS.toLocaleString('en-US')} runs of mixed, interleaved`);
  say('');
  const sweepTimes = new Map(copies.map((copy) => [copy.label, { one: [] as number[], two: [] as number[], rss: [] as number[] }]));
  for (let round = 0; round < JOBS_ROUNDS; round++) {
    for (const copy of inOrder(round)) {
      for (const jobs of round % 2 === 0 ? [1, 2] : [2, 1]) {
        const out = mkdtempSync(join(tmpdir(), 'aerosim-bench-'));
        const result = timed([copy.bin, 'sweep', '--scenario', 'mixed', '--seeds', String(JOBS_RUNS), '--jobs', String(jobs), '--no-progress', '--check-determinism', '0', '--out', out]);
        const times = sweepTimes.get(copy.label);
        (jobs === 1 ? times?.one : times?.two)?.push(result.seconds);
        times?.rss.push(result.rssMb);
        rmSync(out, { recursive: true, force: true });
      }
    }
  }
  say(`| | ${copies.map((copy) => copy.label).join(' | ')} |`);
  say(`|---|${copies.map(() => '---:').join('|')}|`);
  say(`| --jobs 1 | ${cell((copy) => show(figure(sweepTimes.get(copy.label)?.one ?? []), ' s', 1))} |`);
  say(`| --jobs 2 | ${cell((copy) => show(figure(sweepTimes.get(copy.label)?.two ?? []), ' s', 1))} |`);
  say(`| speed-up | ${cell((copy) => show(figure(ratios(sweepTimes.get(copy.label)?.one ?? [], sweepTimes.get(copy.label)?.two ?? [])), '×', 2))} |`);
  say(`| peak RSS | ${cell((copy) => show(figure(sweepTimes.get(copy.label)?.rss ?? []), ' MB'))} |`);
  say('');
  say(`${JOBS_ROUNDS} round(s); target ≥ 1.8×.`);
  say('');
  if (RSS_RUNS > 0) {
    const out = mkdtempSync(join(tmpdir(), 'aerosim-bench-'));
    const result = timed([after.bin, 'sweep', '--scenario', 'calm', '--seeds', String(RSS_RUNS), '--jobs', '2', '--no-progress', '--out', out]);
    rmSync(out, { recursive: true, force: true });
    say(`One long sweep (this checkout): ${RSS_RUNS.toLocaleString('en-US')} runs of calm on --jobs 2 took ${result.seconds.toFixed(0)} s, peak RSS ${result.rssMb.toFixed(0)} MB.`);
  } else {
    say('Peak RSS over a long sweep: not measured in this run (`--rss-runs N`).');
  }
  say('');
}

// ---- 4. cold start ----------------------------------------------------------------------
if (wanted(4)) {
  say('## 4. Cold start');
  say('');
  const cold = new Map(copies.map((copy) => [copy.label, { version: [] as number[], run: [] as number[] }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const copy of inOrder(round)) {
      cold.get(copy.label)?.version.push(timed([copy.bin, '--version']).seconds);
      cold.get(copy.label)?.run.push(timed([copy.bin, 'run', '--scenario', 'mixed', '--seed', '1', '--quiet']).seconds);
    }
  }
  say(`| | ${copies.map((copy) => copy.label).join(' | ')} |`);
  say(`|---|${copies.map(() => '---:').join('|')}|`);
  say(`| \`aerosim --version\` | ${cell((copy) => show(figure(cold.get(copy.label)?.version ?? []), ' s', 2))} |`);
  say(`| \`aerosim run --scenario mixed --seed 1 --quiet\` | ${cell((copy) => show(figure(cold.get(copy.label)?.run ?? []), ' s', 2))} |`);
  say('');
  say('Wall time of the whole command, node start-up included (the run itself goes to a worker). Target ≤ 0.3 s to the first run.');
  say('');
}

// ---- 5. mutants -------------------------------------------------------------------------
if (wanted(5)) {
  const stride = quick ? 35 : 10;
  const MUTANTS = after.catalogue;
  const sample = MUTANTS.filter((_, index) => index % stride === 0);
  say(`## 5. Per mutant (every ${stride}th of ${MUTANTS.length})`);
  say('');
  say(`Cold: \`aerosim sweep --mutant M --max-failures 1\`, wall time of the command. In process: runs of every built-in scenario, seed by seed, until the first failure (this checkout). Shrink: a cold \`aerosim shrink\` of the first repro the sweep wrote (this checkout).`);
  say('');
  say(`| mutant | ${header('cold s,')} | in process ms (runs) | shrink s | faults | events |`);
  say(`|---|${copies.map(() => '---:').join('|')}|---:|---:|---:|---:|`);
  /** cold times of the mutants every copy has, per copy; and of those only this one has */
  const coldTimes = new Map<string, number[]>(copies.map((copy) => [copy.label, []]));
  const allAfter: number[] = [];
  const inProcess: number[] = [];
  const shrinkTimes: number[] = [];
  for (const mutant of sample) {
    let repro: string | null = null;
    const outs: string[] = [];
    const seconds = new Map<string, number>();
    for (const copy of copies) {
      if (!copy.mutants.has(mutant.name)) continue; // newer than that copy
      const out = mkdtempSync(join(tmpdir(), 'aerosim-bench-'));
      outs.push(out);
      const result = timed([copy.bin, 'sweep', '--mutant', mutant.name, '--max-failures', '1', '--no-progress', '--out', out]);
      seconds.set(copy.label, result.seconds);
      if (copies.every((other) => other.mutants.has(mutant.name))) coldTimes.get(copy.label)?.push(result.seconds);
      else allAfter.push(result.seconds);
      if (copy === after) repro = readdirSync(out).filter((file) => /^repro-.*\.json$/.test(file)).map((file) => join(out, file))[0] ?? null;
    }
    const hunt = aerosimHunt(mutant, null, 60_000, true, DEFAULT_RAMP, after);
    if (hunt.any !== null) inProcess.push(hunt.any.ms);
    let shrunk = '— | — | —';
    if (repro !== null) {
      const result = timed([after.bin, 'shrink', repro]);
      const size = (what: string) => new RegExp(`${what}\\s+(\\d+) → (\\d+)`).exec(result.stdout);
      const faults = size('faults');
      const events = size('events');
      shrinkTimes.push(result.seconds);
      shrunk = `${result.seconds.toFixed(2)} | ${faults !== null ? `${faults[1]} → ${faults[2]}` : '?'} | ${events !== null ? `${events[1]} → ${events[2]}` : '?'}`;
    }
    for (const out of outs) rmSync(out, { recursive: true, force: true });
    say(`| ${mutant.name} | ${cell((copy) => seconds.get(copy.label)?.toFixed(2) ?? '— (newer)')} | ${hunt.any !== null ? `${hunt.any.ms.toFixed(1)} (${hunt.any.runs})` : 'not found'} | ${shrunk} |`);
  }
  say('');
  const common = coldTimes.get(after.label)?.length ?? 0;
  say(`Median cold over the ${common} mutants every copy has: ${copies.map((copy) => `${copy.label} ${show(figure(coldTimes.get(copy.label) ?? []), ' s', 2)}`).join(', ')}${allAfter.length > 0 ? `; over all ${common + allAfter.length}, this checkout: ${show(figure([...(coldTimes.get(after.label) ?? []), ...allAfter]), ' s', 2)}` : ''} (target < 1 s). Median in process: ${show(figure(inProcess), ' ms', 1)}. Median cold shrink: ${show(figure(shrinkTimes), ' s', 2)}.`);
  say('');
}

say('## 6. The fast-check peer');
say('');
say('See `bench/fastcheck-peer/RESULTS.md` (its own run: `node bench/fastcheck-peer/compiled.mjs`).');
say('');

if (wanted(7)) {
  // where the time goes, this checkout: what a missed target has to beat
  say('## 7. Where the time goes (this checkout)');
  say('');
  const profiled = execFileSync(process.execPath, ['--import', 'tsx', 'bench/profile.ts', 'mixed', quick ? '300' : '1500', 'on'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  say(`\`node --import tsx bench/profile.ts mixed ${quick ? 300 : 1500} on\` (a CPU profile in process of the compiled harness, self time summed by part; the profiler's sampling slows the run, and its rounds are not section 1's: read the shares, not the rate):`);
  say('');
  for (const line of profiled.trimEnd().split('\n')) say(line);
}

if (wanted(8)) {
  // the worker heap limit: V8 tunes its collector to it (sim/pool.ts, DEFAULT_HEAP_MB)
  say('## 8. Worker heap limit');
  say('');
  const args = ['--import', 'tsx', 'bench/heap-limit.ts', 'mixed', quick ? '500' : '3000', quick ? '2' : '6'];
  const measured = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  say(`\`node ${args.join(' ')}\` (the same sweep under each limit, interleaved, alternating which goes first):`);
  for (const line of measured.trimEnd().split('\n').filter((line) => !line.startsWith('round '))) say(line);
  say('');
}

/** With --sections, the sections not measured now are kept as they were in RESULTS.md. */
function merged(): string {
  const fresh = `${lines.join('\n')}\n`;
  if (sections === null || !existsSync(resolve('bench/RESULTS.md'))) return fresh;
  const split = (text: string) => {
    // (sections 10 and up have two digits: a one-digit pattern left them inside section 9)
    const parts = text.split(/^(?=## \d+\. )/m);
    return { head: parts[0] ?? '', bySection: new Map(parts.slice(1).map((part) => [Number(/^## (\d+)\./.exec(part)?.[1]), part])) };
  };
  const old = split(readFileSync(resolve('bench/RESULTS.md'), 'utf8'));
  const now = split(fresh);
  const numbers = [...new Set([...old.bySection.keys(), ...now.bySection.keys()])].sort((a, b) => a - b);
  const before = copies.find((copy) => copy.label === 'before');
  const note = `Section${sections.length > 1 ? 's' : ''} ${sections.join(', ')} re-measured by \`npm run bench -- ${process.argv.slice(2).join(' ')}\` at commit ${commit}${before !== undefined ? ` ("before": ${before.commit})` : ''}; the others are as first generated, below.\n\n`;
  return `${old.head.trimEnd()}\n\n${note}${numbers.map((n) => (sections.includes(n) ? now.bySection.get(n) : old.bySection.get(n)) ?? '').join('')}`;
}
writeFileSync(resolve('bench/RESULTS.md'), merged());
process.stdout.write('wrote bench/RESULTS.md\n');
