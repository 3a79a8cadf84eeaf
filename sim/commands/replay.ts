// `aerosim replay REPRO.json` replays a failing run from its recorded schedule and
// workload (so it survives code changes that shift PRNG draws) and says which it is:
// reproduced, "an anchor of the schedule no longer exists" (the code changed shape), or
// "the run no longer fails". `aerosim replay --scenario X --seed N` replays from the seed.
// `aerosim shrink REPRO.json` writes REPRO.min.json, the smallest run that still fails.


import { unpackAnchor } from '../decisions.ts';
import { DETERMINISM } from '../determinism.ts';
import { checkOneRun, type IsolatedRun, NOT_REPLAYABLE_HERE, runIsolated, UNFINISHED } from '../isolated.ts';
import { codeVersion, processName, readRepro, scheduleFingerprints, scheduleMap, writeRepro, type Repro } from '../repro.ts';
import { runOnce, type RunResult } from '../runner.ts';
import { describeTarget, failureOf, fails, shrink, type Target } from '../shrink.ts';
import { describeSut, sutFlags } from '../sut.ts';
import { checkSutLoads, loadSut } from '../pool.ts';
import { InputError } from '../scenario-file.ts';
import { describeVerdict, signatureOf } from '../verdict.ts';
import type { ReplaySpec } from '../worker.ts';
import { shellQuote } from '../shell.ts';
import { EXIT, heapOf, type Io, prepareFile } from './common.ts';
import { commandRun, mismatchViolation, printTimeline, printUnfinished, printViolations, runTimeoutOf } from './run.ts';

export interface ReplayArgs {
  repro?: string | undefined;
  scenario?: string | undefined;
  seed?: string | undefined;
  sut?: string | undefined;
  mutant?: string | undefined;
  quiet?: boolean | undefined;
  runTimeout?: number | undefined;
  heap?: number | undefined;
}

export async function commandReplay(io: Io, args: ReplayArgs): Promise<number> {
  if (args.repro === undefined) {
    if (args.scenario === undefined || args.seed === undefined) {
      throw new InputError('replay needs a repro file, or --scenario and --seed');
    }
    return commandRun(io, { scenario: args.scenario, seed: args.seed, sut: args.sut, mutant: args.mutant, quiet: args.quiet, runTimeout: args.runTimeout, heap: args.heap });
  }
  if (args.scenario !== undefined || args.seed !== undefined) throw new InputError('give a repro file or --scenario/--seed, not both');
  const repro = readRepro(args.repro);
  await checkSutLoads(repro.sut); // a module that cannot load, or loads forever, is bad input, said here
  const runTimeoutMs = runTimeoutOf(args.runTimeout);
  const heapMb = heapOf(args.heap);
  const verbose = args.quiet !== true;
  const target = reproTarget(repro);
  const header = () => {
    if (!verbose) return;
    const now = codeVersion();
    io.out(`repro: ${args.repro}   scenario: ${repro.scenario.name}   seed: ${repro.seed}   sut: ${describeSut(repro.sut)}   recorded with code ${repro.codeVersion}${repro.codeVersion !== now ? ` (this is ${now}: replaying anyway; drift is reported where the code changed shape)` : ''}`);
    io.out(`schedule: ${repro.schedule.length} decisions replayed (no PRNG draws); workload: ${repro.workload.length} operators; to reproduce: ${describeTarget(target)}`);
    io.out('');
  };
  if (target.failure === DETERMINISM.id) {
    // a determinism failure is reproduced by making the recorded run again where it differs
    const outcome = await checkOneRun(repro.scenario, repro.scenario, repro.seed, repro.sut, { replay: specOf(repro), verbose, runTimeoutMs, heapMb });
    header();
    const violations = outcome.mismatch !== null ? [mismatchViolation(`${repro.scenario.name} seed ${repro.seed}`, outcome.mismatch)] : [];
    if (verbose && outcome.run.detail !== null) printTimeline(io, outcome.run.detail.lines ?? [], violations);
    if (verbose && violations.length > 0) printViolations(io, violations);
    io.out(`hash: ${outcome.run.summary.hash}`);
    if (outcome.mismatch !== null) {
      io.out(`reproduced: ${DETERMINISM.id} — the traces part at step #${outcome.mismatch.step} (${outcome.mismatch.between}): ${outcome.mismatch.field}`);
      return EXIT.fail;
    }
    if (outcome.run.summary.verdict.kind !== 'pass' && outcome.runs < 2) {
      io.out(`verdict: ${describeVerdict(outcome.run.summary.verdict)}`);
      io.out(`fails differently: expected ${DETERMINISM.id}, got ${failureOf(outcome.run.summary.verdict)}`);
      return EXIT.fail;
    }
    io.out(`does not reproduce: ${outcome.runs} runs of the recorded schedule (twice on a worker, once in each of two separate processes) gave the same hash`);
    return EXIT.pass;
  }
  const run = (await runIsolated(repro.scenario, repro.seed, repro.sut, { replay: specOf(repro), verbose, runTimeoutMs, heapMb }))[0] as IsolatedRun;
  const detail = run.detail;
  header();
  if (verbose) {
    if (detail !== null) {
      printTimeline(io, detail.lines ?? [], detail.violations);
      io.out('');
      if (detail.violations.length > 0) printViolations(io, detail.violations);
    } else {
      printUnfinished(io, run);
    }
  }
  const hash = run.summary.hash;
  if (!verbose) io.out(`repro: ${args.repro}   scenario: ${repro.scenario.name}   seed: ${repro.seed}   sut: ${describeSut(repro.sut)}`);
  io.out(`hash: ${hash === '' ? '(none: the run never finished)' : hash}${hash !== '' && hash === repro.hash ? ' (the recorded trace, step for step)' : repro.hash !== '' ? ` (recorded: ${repro.hash})` : ''}`);
  io.out(`verdict: ${describeVerdict(run.summary.verdict)}`);
  const drift = detail?.drift ?? [];
  const failing = fails(run.summary, target);
  if (drift[0] !== undefined) {
    // the schedule no longer falls where it was recorded: whatever the verdict, it is not
    // the recorded run, so it neither "reproduces" nor "no longer fails"
    io.out(`drifted: the code changed shape where the schedule applies (${drift.length} decision(s)); the first: ${describeAnchor(drift[0].key)} was recorded at "${drift[0].recorded}", now falls on "${drift[0].now}"`);
    io.out(`this replay ${failing ? `still shows ${describeTarget(target)}` : `gives ${failureOf(run.summary.verdict) ?? 'a pass'}`}, but on another run; try the seed instead: npx aerosim replay --scenario ${shellQuote(repro.scenarioArg)} --seed ${repro.seed}${sutFlags(repro.sut)}`);
    return run.summary.verdict.kind === 'pass' ? EXIT.pass : EXIT.fail;
  }
  if (failing) {
    io.out(`reproduced: ${describeTarget(target)}`);
    return EXIT.fail;
  }
  const missing = detail?.missingAnchors ?? [];
  if (missing.length > 0 && !UNFINISHED.has(run.summary.verdict.kind)) {
    io.out(`does not reproduce: an anchor of the schedule no longer exists (the code changed shape): ${missing.slice(0, 5).map(describeAnchor).join(', ')}${missing.length > 5 ? ', …' : ''}`);
    io.out(`try the seed instead: npx aerosim replay --scenario ${shellQuote(repro.scenarioArg)} --seed ${repro.seed}${sutFlags(repro.sut)}`);
    return run.summary.verdict.kind === 'pass' ? EXIT.pass : EXIT.fail;
  }
  if (run.summary.verdict.kind !== 'pass') {
    const same = failureOf(run.summary.verdict) === target.failure;
    io.out(`fails differently: expected ${describeTarget(target)}, got ${same && run.summary.verdict.kind === 'violation' ? run.summary.verdict.violations.filter((v) => v.invariant === target.failure).map(signatureOf).filter((x, i, all) => all.indexOf(x) === i).join('; ') : failureOf(run.summary.verdict)}`);
    return EXIT.fail;
  }
  io.out('does not reproduce: the run no longer fails (every anchor of the schedule was reached)');
  return EXIT.pass;
}

/** A repro's schedule and workload, as a worker takes them. */
function specOf(repro: Repro): ReplaySpec {
  return { schedule: [...scheduleMap(repro.schedule)], fingerprints: [...scheduleFingerprints(repro.schedule)], plan: repro.workload };
}

export function replay(repro: Repro, sut: Parameters<typeof runOnce>[0]['sut'], verbose = false): RunResult {
  return runOnce({
    scenario: repro.scenario,
    seed: BigInt(repro.seed),
    ...(sut !== undefined ? { sut } : {}),
    schedule: scheduleMap(repro.schedule),
    fingerprints: scheduleFingerprints(repro.schedule),
    plan: repro.workload,
    verbose,
  });
}

export function reproTarget(repro: Repro): Target {
  const violation = repro.violation;
  if (violation !== null) return { failure: violation.invariant, signature: violation.role !== undefined && violation.stepKind !== undefined ? signatureOf(violation) : null };
  return { failure: failureOf(repro.verdict) ?? 'violation', signature: null };
}

function describeAnchor(key: number): string {
  const anchor = unpackAnchor(key);
  return `${processName(anchor.address)}@${anchor.incarnation} ${anchor.kind} #${anchor.ordinal}`;
}

export async function commandShrink(io: Io, args: { repro: string; out?: string | undefined }): Promise<number> {
  const repro = readRepro(args.repro);
  const out = args.out ?? args.repro.replace(/(\.json)?$/, '.min.json');
  prepareFile(out, 'out'); // before the work, not after it
  const sut = await loadSut(repro.sut);
  const target = reproTarget(repro);
  if (NOT_REPLAYABLE_HERE.has(target.failure)) {
    io.err(`aerosim: ${args.repro} is a ${target.failure} failure: shrink replays candidates in this thread, so it takes violations, sut-error and bound-exceeded; replay it as is: npx aerosim replay ${shellQuote(args.repro)}`);
    return EXIT.usage;
  }
  if (!fails(replay(repro, sut), target)) {
    io.err(`aerosim: ${args.repro} does not fail with ${describeTarget(target)} when replayed: nothing to shrink (try: npx aerosim replay ${shellQuote(args.repro)})`);
    return EXIT.usage;
  }
  const outcome = shrink(repro, sut, target);
  const faults = outcome.repro.schedule;
  writeRepro(out, { ...outcome.repro, faults, shrunk: { from: args.repro, before: outcome.before, after: outcome.after, runs: outcome.runs, wallMs: outcome.wallMs } } as Repro);
  io.out(`shrunk ${args.repro} (${describeTarget(target)}) in ${(outcome.wallMs / 1000).toFixed(1)} s, ${outcome.runs} replays:`);
  io.out(`  faults     ${String(outcome.before.faults).padStart(6)} → ${outcome.after.faults}`);
  io.out(`  operators  ${String(outcome.before.operators).padStart(6)} → ${outcome.after.operators}`);
  io.out(`  intents    ${String(outcome.before.intents).padStart(6)} → ${outcome.after.intents}`);
  io.out(`  events     ${String(outcome.before.events).padStart(6)} → ${outcome.after.events}`);
  for (const fault of faults) io.out(`  fault: ${fault.process}@${fault.incarnation} ${fault.kind} #${fault.ordinal} = ${JSON.stringify(fault.value)}`);
  if (outcome.repro.violation !== null) io.out(`  still: ${outcome.repro.violation.invariant} — ${outcome.repro.violation.explanation}`);
  io.out(`wrote ${out}; replay: npx aerosim replay ${shellQuote(out)}`);
  return EXIT.fail;
}
