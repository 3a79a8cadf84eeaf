// The `aerosim` command line. The only place that prints and turns results into exit
// codes: 0 all held, 1 the system under test failed (an invariant, an error, a bound),
// 2 bad input or usage, 3 the harness itself failed. Every failure prints a replay command.

import yargs, { type Argv } from 'yargs';
import { reference } from '../src/index.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import { parseSeed, SEED_EXPECTED } from './rng.ts';
import { runOnce, type RunResult } from './runner.ts';
import type { Scenario } from './scenario.ts';
import { builtinScenarioNames, InputError, loadScenario, loadScenarioFile } from './scenario-file.ts';
import { describeVerdict, exitCodeOf } from './verdict.ts';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export const EXIT = { pass: 0, fail: 1, usage: 2, harness: 3 } as const;

/** Runs the CLI; resolves to the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  let code: number = EXIT.pass;
  let usageError: string | null = null;
  const parser = yargs([...argv])
    .scriptName('aerosim')
    .usage('$0 <command> [options]\n\nDeterministic fault-injection simulation of the AeroDB Phase 7 control plane.')
    .strict()
    .exitProcess(false)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .demandCommand(1, 'name a command')
    .recommendCommands()
    .fail((message, error) => {
      if (error !== undefined && error !== null && !(error instanceof InputError)) throw error;
      usageError = error instanceof InputError ? error.message : message;
    })
    .command(
      'run',
      'one run: timeline, resolved options, hash, verdict',
      (y) => scenarioSeedOptions(y).option('json', { type: 'boolean', describe: 'print one JSON object' })
        .option('quiet', { type: 'boolean', describe: 'print only the hash and the verdict' }),
      (args) => {
        code = commandRun(io, args);
      },
    )
    .command(
      'sweep',
      'many seeds of one or all scenarios, one line each scenario, and a summary',
      (y) =>
        y
          .option('scenario', { type: 'string', default: 'all', describe: 'a built-in name, a .json file, or "all"' })
          .option('seeds', { type: 'string', default: '100', describe: 'N (seeds 1..N) or A..B (inclusive)' }),
      (args) => {
        code = commandSweep(io, args.scenario, args.seeds);
      },
    )
    .command('scenarios', 'list or validate scenarios', (y) =>
      y
        .command('list', 'the built-in scenarios: name, clauses, description', {}, () => {
          code = commandScenariosList(io);
        })
        .command(
          'validate <files..>',
          'validate scenario files strictly',
          (z) => z.positional('files', { type: 'string', array: true, demandOption: true }),
          (args) => {
            code = commandScenariosValidate(io, args.files as string[]);
          },
        )
        .demandCommand(1, 'name a subcommand: list or validate'),
    )
    .help()
    .version(false);
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof InputError) usageError = error.message;
    else {
      io.err(`aerosim: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return EXIT.harness;
    }
  }
  if (usageError !== null) {
    io.err(`aerosim: ${usageError}`);
    io.err('Run "npx aerosim --help" for usage.');
    return EXIT.usage;
  }
  return code;
}

function scenarioSeedOptions<T>(y: Argv<T>) {
  return y
    .option('scenario', { type: 'string', demandOption: true, describe: 'a built-in scenario name or a .json file' })
    .option('seed', { type: 'string', demandOption: true, describe: 'a 64-bit seed: decimal or 0x-hex' });
}

function seedOf(text: string | undefined): bigint {
  if (typeof text !== 'string') throw new InputError(`--seed needs a value; expected ${SEED_EXPECTED}`);
  const seed = parseSeed(text);
  if (seed === null) throw new InputError(`--seed "${text}" is not a valid seed; expected ${SEED_EXPECTED}`);
  return seed;
}

function scenarioOf(nameOrFile: string | undefined): Scenario {
  if (typeof nameOrFile !== 'string' || nameOrFile === '') {
    throw new InputError(`--scenario needs a value; expected a built-in name (${builtinScenarioNames().join(', ')}) or a .json file`);
  }
  return loadScenario(nameOrFile);
}

export function replayCommand(result: Pick<RunResult, 'scenario' | 'seed'>, scenarioArg = result.scenario): string {
  return `npx aerosim run --scenario ${scenarioArg} --seed ${result.seed}`;
}

function commandRun(io: Io, args: { scenario: string; seed: string; json?: boolean | undefined; quiet?: boolean | undefined }): number {
  const scenario = scenarioOf(args.scenario);
  const seed = seedOf(args.seed);
  const sut: SystemUnderTest = reference;
  const result = runOnce({ scenario, seed, sut, verbose: args.json !== true && args.quiet !== true });
  const replay = replayCommand(result, args.scenario);
  if (args.json === true) {
    io.out(JSON.stringify(jsonResult(result, scenario, replay)));
    return exitCodeOf(result.verdict);
  }
  if (args.quiet !== true) {
    io.out(`scenario: ${scenario.name}   seed: ${result.seed}   sut: ${result.sut}`);
    io.out(`options: ${JSON.stringify(resolvedOptions(scenario))}`);
    io.out('');
    for (const line of result.lines ?? []) io.out(line);
    io.out('');
    io.out(`events: ${result.events}   virtual time: ${result.timeMs} ms   crashes: ${result.crashes}   faults: ${result.schedule.size} non-default decisions`);
  }
  io.out(`hash: ${result.hash}`);
  io.out(`verdict: ${describeVerdict(result.verdict)}`);
  if (result.verdict.kind !== 'pass') io.out(`replay: ${replay}`);
  return exitCodeOf(result.verdict);
}

function resolvedOptions(scenario: Scenario): object {
  const { name: _name, description: _description, clauses: _clauses, ...options } = scenario;
  return options;
}

function jsonResult(result: RunResult, scenario: Scenario, replay: string): object {
  return {
    scenario: result.scenario,
    seed: result.seed,
    sut: result.sut,
    options: resolvedOptions(scenario),
    hash: result.hash,
    verdict: result.verdict,
    events: result.events,
    timeMs: result.timeMs,
    crashes: result.crashes,
    faults: result.schedule.size,
    replay,
  };
}

/** Parses "N" (1..N) or "A..B" (inclusive). */
export function parseSeedRange(text: string): { first: bigint; last: bigint } {
  const range = /^(.+)\.\.(.+)$/.exec(text);
  if (range !== null) {
    const first = parseSeed(range[1] as string);
    const last = parseSeed(range[2] as string);
    if (first === null || last === null || last < first) {
      throw new InputError(`--seeds "${text}" is not a valid range; expected A..B with A ≤ B, each ${SEED_EXPECTED}`);
    }
    return { first, last };
  }
  const count = parseSeed(text);
  if (count === null || count === 0n) throw new InputError(`--seeds "${text}" is not valid; expected a count N ≥ 1 or a range A..B`);
  return { first: 1n, last: count };
}

function commandSweep(io: Io, scenarioArg: string, seedsArg: string): number {
  const { first, last } = parseSeedRange(seedsArg);
  const names = scenarioArg === 'all' ? builtinScenarioNames() : [scenarioArg];
  const scenarios = names.map((name) => scenarioOf(name));
  let runs = 0;
  let failures = 0;
  let events = 0;
  let worst = EXIT.pass as number;
  for (const scenario of scenarios) {
    let passed = 0;
    const failed: RunResult[] = [];
    for (let seed = first; seed <= last; seed++) {
      const result = runOnce({ scenario, seed });
      runs++;
      events += result.events;
      if (result.verdict.kind === 'pass') passed++;
      else failed.push(result);
      worst = Math.max(worst, exitCodeOf(result.verdict));
    }
    failures += failed.length;
    io.out(`${scenario.name.padEnd(12)} ${passed}/${passed + failed.length} pass${failed.length > 0 ? `, ${failed.length} FAILED` : ''}`);
    for (const result of failed.slice(0, 5)) {
      io.out(`  seed ${result.seed}: ${describeVerdict(result.verdict)}\n    replay: ${replayCommand(result)}`);
    }
  }
  io.out(`summary: ${runs} runs, ${events} events, ${failures} failed`);
  return worst;
}

function commandScenariosList(io: Io): number {
  for (const name of builtinScenarioNames()) {
    const scenario = loadScenario(name);
    io.out(`${name.padEnd(28)} ${scenario.clauses.join(',').padEnd(16)} ${scenario.description}`);
  }
  return EXIT.pass;
}

function commandScenariosValidate(io: Io, files: readonly string[]): number {
  let bad = 0;
  for (const file of files) {
    try {
      loadScenarioFile(file);
      io.out(`${file}: ok`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      bad++;
      io.err(error.message);
    }
  }
  return bad > 0 ? EXIT.usage : EXIT.pass;
}
