// Shared pieces of the commands: output, exit codes, and turning flags into values (bad
// input becomes an InputError: one line, exit code 2).

import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseSeed, SEED_EXPECTED } from '../rng.ts';
import type { Scenario } from '../scenario.ts';
import { builtinScenarioNames, InputError, loadScenario } from '../scenario-file.ts';
import { forTerminal, shellQuote } from '../shell.ts';
import { DEFAULT_HEAP_MB } from '../pool.ts';
import { REFERENCE, sutFlags, type SutRef } from '../sut.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export { forTerminal };

export const consoleIo: Io = {
  out: (text) => process.stdout.write(`${forTerminal(text)}\n`),
  err: (text) => process.stderr.write(`${forTerminal(text)}\n`),
};

let invocationArgs: readonly string[] = [];

/** The command line of this invocation (set by main), for provenance. */
export function setInvocation(argv: readonly string[]): void {
  invocationArgs = [...argv];
}

export function invocation(): string {
  return ['aerosim', ...invocationArgs].map(shellQuote).join(' ');
}

export { shellQuote };

export const EXIT = { pass: 0, fail: 1, usage: 2, harness: 3 } as const;

export function seedOf(text: string | undefined): bigint {
  if (Array.isArray(text)) throw new InputError(`--seed is given ${(text as unknown[]).length} times; give it once`);
  if (typeof text !== 'string') throw new InputError(`--seed needs a value; expected ${SEED_EXPECTED}`);
  const seed = parseSeed(text);
  if (seed === null) throw new InputError(`--seed "${text}" is not a valid seed; expected ${SEED_EXPECTED}`);
  return seed;
}

export function scenarioOf(nameOrFile: string | undefined): Scenario {
  if (Array.isArray(nameOrFile)) throw new InputError('--scenario is given more than once; give it once (a sweep takes A,B,C)');
  if (typeof nameOrFile !== 'string' || nameOrFile === '') {
    throw new InputError(`--scenario needs a value; expected a built-in name (${builtinScenarioNames().join(', ')}) or a .json file`);
  }
  return loadScenario(nameOrFile);
}

/** `all`, or names/files separated by commas. */
export function scenariosOf(nameOrAll: string | undefined): Scenario[] {
  return scenariosWithArgs(nameOrAll).map((entry) => entry.scenario);
}

/** Like scenariosOf, keeping the name or path each was given by (for replay commands). */
export function scenariosWithArgs(nameOrAll: string | undefined): { arg: string; scenario: Scenario }[] {
  const args = nameOrAll === undefined || nameOrAll === 'all' ? builtinScenarioNames() : nameOrAll.split(',');
  const entries = args.map((arg) => ({ arg, scenario: scenarioOf(arg) }));
  const names = entries.map((entry) => entry.scenario.name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined) throw new InputError(`--scenario names "${twice}" twice; scenario names must differ`);
  return entries;
}

export function sutRefOf(args: { sut?: string | undefined; mutant?: string | undefined }): SutRef {
  if (args.sut !== undefined && args.mutant !== undefined) throw new InputError('--sut and --mutant exclude each other; give one');
  if (args.mutant !== undefined) return { kind: 'mutant', name: args.mutant };
  if (args.sut !== undefined) return { kind: 'module', path: args.sut };
  return REFERENCE;
}

export function jobsOf(value: number | undefined): number {
  const jobs = value ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new InputError('--jobs is not valid; expected a whole number from 1 to 256');
  return jobs;
}

export function countOf(flag: string, value: number | undefined, fallback: number): number {
  const count = value ?? fallback;
  if (!Number.isInteger(count) || count < 1) throw new InputError(`--${flag} is not valid; expected a whole number ≥ 1`);
  return count;
}

/** --heap in MB: each worker's heap limit (a run past it is out-of-memory). */
export function heapOf(value: number | undefined): number {
  const mb = value ?? DEFAULT_HEAP_MB;
  if (!Number.isInteger(mb) || mb < 16 || mb > 65536) throw new InputError('--heap is not valid; expected a whole number of MB from 16 to 65536');
  return mb;
}

/** A command that replays one run, to paste as is. */
export function replayCommand(scenarioArg: string, seed: string, sut: SutRef = REFERENCE): string {
  return `npx aerosim run --scenario ${shellQuote(scenarioArg)} --seed ${seed}${sutFlags(sut)}`;
}

/** Makes sure a directory exists and is writable, creating it level by level (Node's
 * recursive mkdir can hang on some paths, /proc/… for one); bad paths are bad input. */
export function prepareDirectory(path: string, flag: string): void {
  const absolute = resolve(path);
  const missing: string[] = [];
  let current = absolute;
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (existsSync(current) && !statSync(current).isDirectory()) {
    throw new InputError(`--${flag} ${path}: ${current} is a file, not a directory`);
  }
  for (const directory of missing) {
    try {
      mkdirSync(directory);
    } catch (error) {
      throw new InputError(`--${flag} ${path}: cannot create ${directory} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  try {
    accessSync(absolute, constants.W_OK);
  } catch {
    throw new InputError(`--${flag} ${path}: the directory is not writable`);
  }
}

/** A file to be written at the end of a long command: its directory must be writable now. */
export function prepareFile(path: string, flag: string): void {
  if (existsSync(path) && statSync(path).isDirectory()) throw new InputError(`--${flag} ${path}: is a directory; expected a file path`);
  prepareDirectory(dirname(resolve(path)), flag);
}
