// The `aerosim` command line: yargs wiring only; each command lives in sim/commands/.
// The only place that prints and turns results into exit codes: 0 all held, 1 the system
// under test failed (an invariant, an error, a bound), 2 bad input or usage, 3 the harness
// itself failed. Every failure prints a replay command. Never calls process.exit.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root.ts';
import yargs, { type Argv } from 'yargs';
import { codeVersion } from './repro.ts';
import { InputError } from './scenario-file.ts';
import { consoleIo, EXIT, type Io, setInvocation } from './commands/common.ts';
import { DEFAULT_HEAP_MB } from './pool.ts';
import { commandExplore } from './commands/explore.ts';
import { commandMutants } from './commands/mutants.ts';
import { commandReplay, commandShrink } from './commands/replay.ts';
import { commandReport } from './commands/report.ts';
import { commandRun } from './commands/run.ts';
import { commandScenariosList, commandScenariosValidate } from './commands/scenarios.ts';
import { commandSweep } from './commands/sweep.ts';

export { EXIT };

const COMMANDS = ['run', 'sweep', 'explore', 'replay', 'shrink', 'report', 'mutants', 'scenarios'];
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  let code: number = EXIT.pass;
  setInvocation(argv);
  let usageError: string | null = null;
  const first = argv[0];
  if (first !== undefined && !first.startsWith('-') && !COMMANDS.includes(first)) {
    const nearest = COMMANDS.map((command) => ({ command, distance: editDistance(first, command) })).sort((a, b) => a.distance - b.distance)[0];
    io.err(`aerosim: unknown command "${first}"${nearest !== undefined && nearest.distance <= 3 ? ` (did you mean "${nearest.command}"?)` : ''}; expected one of: ${COMMANDS.join(', ')}`);
    io.err('Run "npx aerosim --help" for usage.');
    return EXIT.usage;
  }
  const bare = flagWithoutValue(argv);
  if (bare !== null) {
    io.err(`aerosim: ${bare} needs a value`);
    io.err('Run "npx aerosim --help" for usage.');
    return EXIT.usage;
  }
  const parser = yargs([...argv])
    .scriptName('aerosim')
    .usage('$0 <command> [options]\n\nDeterministic fault-injection simulation of the AeroDB Phase 7 control plane.')
    .strict()
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .demandCommand(1, 'name a command')
    // a flag given twice, or without its value, is a usage error, never a silent default
    .middleware((argv) => checkFlags(argv as Record<string, unknown>), true)
    .recommendCommands()
    // throwing here is what stops yargs from running the command after a usage error
    .fail((message, error) => {
      if (error !== undefined && error !== null) throw error;
      throw new InputError(message);
    })
    .command(
      'run',
      'one run: timeline, resolved options, hash, verdict',
      (y) =>
        sutOptions(y)
          .option('scenario', { type: 'string', demandOption: true, describe: 'a built-in scenario name or a .json file' })
          .option('seed', { type: 'string', demandOption: true, describe: 'a 64-bit seed: decimal or 0x-hex' })
          .option('json', { type: 'boolean', describe: 'print one JSON object' })
          .option('quiet', { type: 'boolean', describe: 'print only the hash and the verdict' })
          .option('check-determinism', { type: 'boolean', describe: 'make the run twice on a worker and once in each of two separate processes (another TZ, LANG, heap, directory); compare hashes, name the step and field that differ' })
          .option('run-timeout', { type: 'number', default: 60, describe: 'wall-clock seconds the run may take before it is a hang (as in sweep)' })
          .option('heap', { type: 'number', default: DEFAULT_HEAP_MB, describe: 'heap limit of the run\'s worker, MB (past it: out-of-memory)' }),
      async (args) => {
        code = await commandRun(io, args);
      },
    )
    .command(
      'sweep',
      'many seeds on worker threads: results.jsonl, a repro per failure, a summary',
      (y) =>
        sutOptions(y)
          .option('scenario', { type: 'string', default: 'all', describe: '"all", or built-in names / .json files, comma-separated' })
          .option('seeds', { type: 'string', default: '1000', describe: 'N (seeds 1..N) or A..B (inclusive)' })
          .option('jobs', { type: 'number', describe: 'worker threads (default: the number of cores)' })
          .option('shard', { type: 'string', describe: 'K/N: run only this machine\'s share of the (scenario, seed) pairs' })
          .option('out', { type: 'string', default: 'reports/sweep', describe: 'directory for results.jsonl, repro files and summary.json' })
          .option('junit', { type: 'string', describe: 'also write JUnit XML to this file' })
          .option('resume', { type: 'boolean', describe: 'skip the pairs already in OUT/results.jsonl and append' })
          .option('time-budget', { type: 'number', describe: 'stop starting new runs after this many seconds' })
          .option('check-determinism', { type: 'number', default: 0.05, describe: 'fraction of seeds re-run on another worker and in two separate processes to compare hashes (and seed 1 of every scenario; 0: none)' })
          .option('max-failures', { type: 'number', describe: 'stop after this many failing runs' })
          .option('ramp', { type: 'string', describe: 'small runs first: "off", "on" (4,8x2: two seeds of every scenario at size 4, then at 8; <scenario>@N is at most ⌈N/4⌉ operators × N intents), or SIZESxSEEDS (default: on with --max-failures, else off)' })
          .option('run-timeout', { type: 'number', default: 60, describe: 'wall-clock seconds one run may take before it is a hang' })
          .option('heap', { type: 'number', default: DEFAULT_HEAP_MB, describe: 'heap limit of each worker, MB (a run past it: out-of-memory)' })
          .option('batch', { type: 'number', default: 50, describe: 'seeds per message to a worker' })
          .option('progress', { type: 'boolean', default: true, describe: 'show progress (--no-progress to hide)' })
          .option('coverage', { type: 'boolean', describe: 'measure line and branch coverage of src/ (the reference) for the report: OUT/coverage/' }),
      async (args) => {
        code = await commandSweep(io, args);
      },
    )
    .command(
      'explore',
      'every single fault (or pair) at every decision point of a fault-free run: results, repros, a per-site table',
      (y) =>
        sutOptions(y)
          .option('scenario', { type: 'string', default: 'all', describe: '"all", or built-in names / .json files, comma-separated' })
          .option('seed', { type: 'string', default: '1', describe: 'the seed of the workload (the run itself has no random faults)' })
          .option('depth', { type: 'number', default: 1, describe: '1: every single fault; 2: pairs, sampled evenly within --budget' })
          .option('budget', { type: 'number', default: 20000, describe: 'cells per scenario, at most' })
          .option('jobs', { type: 'number', describe: 'worker threads (default: the number of cores)' })
          .option('delay-ms', { type: 'number', describe: 'the delay a delay cell adds (default: the scenario\'s delay ceiling)' })
          .option('out', { type: 'string', default: 'reports/explore', describe: 'directory for results.jsonl and repro files' })
          .option('max-failures', { type: 'number', describe: 'stop after this many failing cells' })
          .option('run-timeout', { type: 'number', default: 60, describe: 'wall-clock seconds one run may take before it is a hang (as in sweep)' }),
      async (args) => {
        code = await commandExplore(io, args);
      },
    )
    .command(
      'replay [repro]',
      'replay a repro file from its schedule (or --scenario X --seed N from the seed)',
      (y) =>
        sutOptions(y)
          .positional('repro', { type: 'string', describe: 'a repro-*.json file written by sweep' })
          .option('scenario', { type: 'string', describe: 'with --seed: replay from the seed' })
          .option('seed', { type: 'string', describe: 'with --scenario: replay from the seed' })
          .option('quiet', { type: 'boolean', describe: 'print only the hash and the verdict' })
          .option('run-timeout', { type: 'number', default: 60, describe: 'wall-clock seconds the run may take before it is a hang (as in sweep)' })
          .option('heap', { type: 'number', default: DEFAULT_HEAP_MB, describe: 'heap limit of the run\'s worker, MB (past it: out-of-memory)' }),
      async (args) => {
        code = await commandReplay(io, args);
      },
    )
    .command(
      'shrink <repro>',
      'the smallest schedule and workload that still fail the same way: writes REPRO.min.json',
      (y) =>
        y
          .positional('repro', { type: 'string', demandOption: true, describe: 'a repro-*.json file' })
          .option('out', { type: 'string', describe: 'where to write (default: REPRO.min.json)' }),
      async (args) => {
        code = await commandShrink(io, { repro: args.repro as string, out: args.out });
      },
    )
    .command(
      'report',
      'merge sweep results (shards too) into index.html, report.md and report.json; exit 1 if any run failed',
      (y) =>
        y
          .option('in', { type: 'string', array: true, default: ['reports/sweep'], describe: 'sweep --out directories or results.jsonl files' })
          .option('out', { type: 'string', default: 'reports', describe: 'where to write index.html, report.md and report.json' })
          .option('baseline', { type: 'string', describe: 'a previous report.json: mark each failure group new, still failing or resolved' })
          .option('shrink-seconds', { type: 'number', default: 10, describe: 'wall-clock seconds to shrink the first repro of each failure group' }),
      async (args) => {
        code = await commandReport(io, { in: args.in.map(String), out: args.out, baseline: args.baseline, shrinkSeconds: args.shrinkSeconds });
      },
    )
    .command(
      'mutants',
      'the mutation score: the reference and every mutant over the scenarios',
      (y) =>
        y
          .option('list', { type: 'boolean', describe: 'print each mutant and the invariant it targets, then stop' })
          .option('seeds', { type: 'number', describe: 'seeds per scenario, at most (default 1000)' })
          .option('scenario', { type: 'string', describe: 'scenarios to use, comma-separated (default: all built-in)' })
          .option('only', { type: 'string', describe: 'only these mutants, comma-separated' })
          .option('jobs', { type: 'number', describe: 'worker threads (default: the number of cores)' })
          .option('json', { type: 'boolean', describe: 'print one JSON object' })
          .option('progress', { type: 'boolean', default: true, describe: 'a line per mutant as it is scored, on stderr (--no-progress to hide)' }),
      async (args) => {
        code = await commandMutants(io, args);
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
    .example('$0 sweep', 'every scenario × 1000 seeds on every core; results in reports/sweep')
    .example('$0 run --scenario mixed --seed 7', 'one run: its timeline, hash and verdict')
    .example('$0 replay reports/sweep/repro-mixed-7.json', 'replay a failure from its recorded schedule')
    .example('$0 report --in reports/sweep', 'the HTML report of a sweep: reports/index.html')
    .example('$0 mutants --seeds 200', 'the mutation score: every mutant caught?')
    .epilogue('Exit codes: 0 every invariant held; 1 the system under test failed (a violation, an error, a hang, a bound); 2 bad input or usage; 3 the harness failed (or the disk is full); 130/143 a sweep stopped by SIGINT/SIGTERM (--resume finishes it).')
    .help()
    .version(argv.includes('--version') ? `${VERSION} (code ${codeVersion()})` : VERSION); // git runs only when asked
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

/** Options that take a list (given as often as wanted). */
const LIST_OPTIONS = new Set(['in', 'files', '_', '$0']);

function checkFlags(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    if (LIST_OPTIONS.has(key) || key.includes('-') === false && /[A-Z]/.test(key)) continue; // camelCase aliases repeat the dashed key
    const flag = `--${key}`;
    if (Array.isArray(value)) throw new InputError(`${flag} is given ${value.length} times (${value.map((v) => JSON.stringify(v)).join(', ')}); give it once${key === 'scenario' ? ' (a sweep takes A,B,C)' : ''}`);
    if (value === '' ) throw new InputError(`${flag} needs a value`);
    if (typeof value === 'number' && Number.isNaN(value)) throw new InputError(`${flag} needs a number`);
  }
}

/** Flags that take a value (--check-determinism takes one in sweep, not in run). Unknown
 * flags are left to yargs, which names them. */
const VALUED = new Set(['depth', 'budget', 'delay-ms', 'heap', 'scenario', 'seed', 'seeds', 'jobs', 'shard', 'out', 'junit', 'time-budget', 'check-determinism', 'max-failures', 'run-timeout', 'batch', 'sut', 'mutant', 'in', 'baseline', 'shrink-seconds', 'only']);

/** The first flag given without its value (yargs would quietly use the default), or null. */
function flagWithoutValue(argv: readonly string[]): string | null {
  const command = argv[0];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (!token.startsWith('-') || token.includes('=') || /^-\d/.test(token)) continue;
    const name = token.replace(/^-+/, '');
    if (!VALUED.has(name) || (name === 'check-determinism' && command === 'run')) continue;
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith('-') && !/^-\d/.test(next))) return token;
  }
  return null;
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function sutOptions<T>(y: Argv<T>) {
  return y
    .option('sut', { type: 'string', describe: 'a module exporting the system under test (see README: "Testing your own control plane")' })
    .option('mutant', { type: 'string', describe: 'a built-in mutant (aerosim mutants --list)' });
}
