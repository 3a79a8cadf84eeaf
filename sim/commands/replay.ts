// `aerosim replay REPRO.json` replays a failing run from its recorded schedule and
// workload (so it survives code changes that shift PRNG draws) and says which it is:
// reproduced, "an anchor of the schedule no longer exists" (the code changed shape), or
// "the run no longer fails". `aerosim replay --scenario X --seed N` replays from the seed.
// `aerosim shrink REPRO.json` writes REPRO.min.json, the smallest run that still fails.


import { unpackAnchor } from '../decisions.ts';
import { codeVersion, processName, readRepro, scheduleFingerprints, scheduleMap, writeRepro, type Repro } from '../repro.ts';
import { runOnce, type RunResult } from '../runner.ts';
import { failureOf, fails, shrink } from '../shrink.ts';
import { describeSut, resolveSut, sutFlags } from '../sut.ts';
import { InputError } from '../scenario-file.ts';
import { describeVerdict } from '../verdict.ts';
import { EXIT, type Io } from './common.ts';
import { commandRun, printTimeline, printViolations } from './run.ts';

export interface ReplayArgs {
  repro?: string | undefined;
  scenario?: string | undefined;
  seed?: string | undefined;
  sut?: string | undefined;
  mutant?: string | undefined;
  quiet?: boolean | undefined;
}

export async function commandReplay(io: Io, args: ReplayArgs): Promise<number> {
  if (args.repro === undefined) {
    if (args.scenario === undefined || args.seed === undefined) {
      throw new InputError('replay needs a repro file, or --scenario and --seed');
    }
    return commandRun(io, { scenario: args.scenario, seed: args.seed, sut: args.sut, mutant: args.mutant, quiet: args.quiet });
  }
  if (args.scenario !== undefined || args.seed !== undefined) throw new InputError('give a repro file or --scenario/--seed, not both');
  const repro = readRepro(args.repro);
  const sut = await resolveSut(repro.sut);
  const result = replay(repro, sut, args.quiet !== true);
  if (args.quiet !== true) {
    const now = codeVersion();
    io.out(`repro: ${args.repro}   scenario: ${repro.scenario.name}   seed: ${repro.seed}   sut: ${describeSut(repro.sut)}   recorded with code ${repro.codeVersion}${repro.codeVersion !== now ? ` (this is ${now}: replaying anyway; drift is reported where the code changed shape)` : ''}`);
    io.out(`schedule: ${repro.schedule.length} decisions replayed (no PRNG draws); workload: ${repro.workload.length} operators`);
    io.out('');
    printTimeline(io, result.lines ?? [], result.violations);
    io.out('');
    if (result.violations.length > 0) printViolations(io, result.violations);
  }
  io.out(`hash: ${result.hash}${result.hash === repro.hash ? ' (the recorded trace, step for step)' : ` (recorded: ${repro.hash})`}`);
  io.out(`verdict: ${describeVerdict(result.verdict)}`);
  const target = reproTarget(repro);
  const drift = result.drift[0];
  if (drift !== undefined) {
    // the schedule no longer falls where it was recorded: whatever the verdict, it is not
    // the recorded run, so it neither "reproduces" nor "no longer fails"
    io.out(`drifted: the code changed shape where the schedule applies (${result.drift.length} decision(s)); the first: ${describeAnchor(drift.key)} was recorded at "${drift.recorded}", now falls on "${drift.now}"`);
    io.out(`this replay ${fails(result, target) ? `still shows ${target}` : `gives ${failureOf(result.verdict) ?? 'a pass'}`}, but on another run; try the seed instead: npx aerosim replay --scenario ${repro.scenarioArg} --seed ${repro.seed}${sutFlags(repro.sut)}`);
    return result.verdict.kind === 'pass' ? EXIT.pass : EXIT.fail;
  }
  if (fails(result, target)) {
    io.out(`reproduced: ${target}`);
    return EXIT.fail;
  }
  if (result.missingAnchors.length > 0) {
    io.out(`does not reproduce: an anchor of the schedule no longer exists (the code changed shape): ${result.missingAnchors.slice(0, 5).map(describeAnchor).join(', ')}${result.missingAnchors.length > 5 ? ', …' : ''}`);
    io.out(`try the seed instead: npx aerosim replay --scenario ${repro.scenarioArg} --seed ${repro.seed}${sutFlags(repro.sut)}`);
    return result.verdict.kind === 'pass' ? EXIT.pass : EXIT.fail;
  }
  if (result.verdict.kind !== 'pass') {
    io.out(`fails differently: expected ${target}, got ${failureOf(result.verdict)}`);
    return EXIT.fail;
  }
  io.out('does not reproduce: the run no longer fails (every anchor of the schedule was reached)');
  return EXIT.pass;
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

export function reproTarget(repro: Repro): string {
  return repro.violation?.invariant ?? failureOf(repro.verdict) ?? 'violation';
}

function describeAnchor(key: number): string {
  const anchor = unpackAnchor(key);
  return `${processName(anchor.address)}@${anchor.incarnation} ${anchor.kind} #${anchor.ordinal}`;
}

export async function commandShrink(io: Io, args: { repro: string; out?: string | undefined }): Promise<number> {
  const repro = readRepro(args.repro);
  const sut = await resolveSut(repro.sut);
  const target = reproTarget(repro);
  if (!fails(replay(repro, sut), target)) {
    io.err(`aerosim: ${args.repro} does not fail with ${target} when replayed: nothing to shrink (try: npx aerosim replay ${args.repro})`);
    return EXIT.usage;
  }
  const outcome = shrink(repro, sut, target);
  const out = args.out ?? args.repro.replace(/(\.json)?$/, '.min.json');
  const faults = outcome.repro.schedule;
  writeRepro(out, { ...outcome.repro, faults, shrunk: { from: args.repro, before: outcome.before, after: outcome.after, runs: outcome.runs, wallMs: outcome.wallMs } } as Repro);
  io.out(`shrunk ${args.repro} (${target}) in ${(outcome.wallMs / 1000).toFixed(1)} s, ${outcome.runs} replays:`);
  io.out(`  faults     ${String(outcome.before.faults).padStart(6)} → ${outcome.after.faults}`);
  io.out(`  operators  ${String(outcome.before.operators).padStart(6)} → ${outcome.after.operators}`);
  io.out(`  intents    ${String(outcome.before.intents).padStart(6)} → ${outcome.after.intents}`);
  io.out(`  events     ${String(outcome.before.events).padStart(6)} → ${outcome.after.events}`);
  for (const fault of faults) io.out(`  fault: ${fault.process}@${fault.incarnation} ${fault.kind} #${fault.ordinal} = ${JSON.stringify(fault.value)}`);
  if (outcome.repro.violation !== null) io.out(`  still: ${outcome.repro.violation.invariant} — ${outcome.repro.violation.explanation}`);
  io.out(`wrote ${out}; replay: npx aerosim replay ${out}`);
  return EXIT.fail;
}
