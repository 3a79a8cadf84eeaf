// Loading and validating scenario files. Every command that loads a scenario goes through
// `loadScenario`, so `aerosim scenarios validate` and `aerosim run` agree on what is valid.
// Errors say which file, which JSON path, what was expected and what was found; malformed
// JSON is reported with its line and column.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ROOT } from './root.ts';
import { LINKS, ROLES, type Scenario, SIZE_MAX, sizedScenario } from './scenario.ts';
import { HAPPENINGS, type Trigger } from './triggers.ts';
import { SITUATIONS } from './situations.ts';

/** Bad input: the CLI prints the message (no stack) and exits 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export const SCENARIO_DIR = join(ROOT, 'scenarios');

type Schema =
  | { readonly type: 'number'; readonly min: number; readonly max?: number; readonly integer?: boolean }
  | { readonly type: 'probability' }
  | { readonly type: 'string'; readonly pattern?: RegExp; readonly what?: string }
  | { readonly type: 'boolean' }
  | { readonly type: 'array'; readonly items: Schema }
  | { readonly type: 'per'; readonly keys: readonly string[]; readonly what: string }
  | { readonly type: 'enum'; readonly values: readonly (string | number)[]; readonly what: string }
  | { readonly type: 'either'; readonly options: readonly Schema[]; readonly what: string }
  | { readonly type: 'tagged'; readonly tag: string; readonly variants: Readonly<Record<string, Readonly<Record<string, Field>>>> }
  | { readonly type: 'object'; readonly fields: Readonly<Record<string, Field>> };

interface Field {
  readonly schema: Schema;
  /** absent ⇒ required */
  readonly default?: unknown;
}

const count = (min: number, max: number): Schema => ({ type: 'number', min, max, integer: true });
const ms = (min = 0): Schema => ({ type: 'number', min, max: 86_400_000, integer: true });
const probability: Schema = { type: 'probability' };
const perRole: Schema = { type: 'per', keys: ROLES, what: 'role' };
const perLink: Schema = { type: 'per', keys: LINKS, what: 'link' };
const req = (schema: Schema): Field => ({ schema });
const opt = (schema: Schema, value: unknown): Field => ({ schema, default: value });

const WORKLOAD: Schema = {
  type: 'object',
  fields: {
    operators: req(count(1, 64)),
    actions: req(count(0, 10_000)),
    mix: req({
      type: 'object',
      fields: {
        mutate: opt({ type: 'number', min: 0 }, 0),
        observe: opt({ type: 'number', min: 0 }, 0),
        invalid: opt({ type: 'number', min: 0 }, 0),
        abandon: opt({ type: 'number', min: 0 }, 0),
      },
    }),
    reissue: opt(probability, 0),
    thinkMsMin: opt(ms(), 2),
    thinkMsMax: opt(ms(), 40),
    patienceMs: opt(ms(1), 400),
    askOutcome: opt(probability, 0.3),
    quirks: opt(probability, 0),
    wideCollections: opt(probability, 0),
    edgeValues: opt(probability, 0),
  },
};

const FAULTS: Schema = {
  type: 'object',
  fields: {
    drop: opt(perLink, 0),
    duplicate: opt(perLink, 0),
    delay: opt(perLink, 0),
    delayMsMax: opt(ms(), 0),
    partition: opt(perLink, 0),
    partitionMsMax: opt(ms(), 0),
    crashAtPortCall: opt(perRole, 0),
    crashAfterEvent: opt(perRole, 0),
    diskLoss: opt(perRole, 0),
    restartMsMin: opt(ms(), 5),
    restartMsMax: opt(ms(), 5),
    crashBeforeEvent: opt(perRole, 0),
    duplicateCopiesMax: opt(count(1, 16), 1),
    lateCopy: opt(probability, 0),
    lateCopyMsMax: opt(ms(), 30_000),
    partitionOneWay: opt(probability, 0),
    clockDriftMax: opt({ type: 'number', min: 0, max: 0.5 }, 0),
    clockSkewMsMax: opt(ms(), 0),
  },
};

const role: Schema = { type: 'enum', values: ROLES, what: 'a role' };

const TRIGGER: Schema = {
  type: 'object',
  fields: {
    when: req({
      type: 'object',
      fields: {
        event: req({ type: 'enum', values: HAPPENINGS, what: 'an event' }),
        actor: opt(role, undefined),
        kind: opt({ type: 'string' }, undefined),
        to: opt(role, undefined),
        nth: opt(count(1, 1_000_000), 1),
        count: opt(count(1, 1_000_000), 1),
      },
    }),
    do: req({
      type: 'tagged',
      tag: 'fault',
      variants: {
        crash: {
          when: opt({ type: 'enum', values: ['before', 'after'], what: 'a moment' }, 'after'),
          restartMs: opt(ms(), undefined),
          lose: opt({ type: 'either', options: [count(0, 1_000_000), { type: 'enum', values: ['all'], what: '"all"' }], what: 'a count of records or "all"' }, undefined),
        },
        drop: {},
        duplicate: { delayMs: opt(ms(), 0) },
        delay: { ms: req(ms(1)) },
        partition: { ms: req(ms(1)) },
      },
    }),
  },
};

/** The kinds a trigger's `when.kind` may name, per event. */
const MESSAGE_KINDS = ['submit', 'confirm', 'abandon', 'observe', 'outcome-query', 'challenge', 'answer', 'observed', 'dispatch', 'fenced-query', 'read', 'decision', 'duplicate', 'query-answer', 'state'];
const KINDS: Readonly<Record<string, readonly string[]>> = {
  send: MESSAGE_KINDS,
  deliver: MESSAGE_KINDS,
  append: ['EXEC', 'REJECT', 'FENCE', 'AUDIT', 'INTENT'],
  sync: [],
  command: ['submit', 'observe', 'confirm', 'abandon', 'ask-outcome'],
  display: ['request-id', 'challenge', 'outcome', 'observed'],
  timer: [],
};

export const SCENARIO_SCHEMA: Schema = {
  type: 'object',
  fields: {
    // a sized copy (sim/scenario.ts sizedScenario) is named <name>@<size>; its repro holds it
    name: req({ type: 'string', pattern: /^[a-z0-9][a-z0-9-]*(@[1-9][0-9]*)?$/, what: 'a name of lowercase letters, digits and -' }),
    clauses: opt({ type: 'array', items: { type: 'string', pattern: /^[0-9]+(\.[0-9]+)?$/, what: 'a spec clause like "6.2"' } }, []),
    description: opt({ type: 'string' }, ''),
    situations: opt({ type: 'array', items: { type: 'enum', values: SITUATIONS.map((s) => s.id), what: 'a situation' } }, []),
    workload: req(WORKLOAD),
    latencyMs: opt(ms(1), 1),
    timeouts: opt(
      { type: 'object', fields: { clientResponseMs: opt(ms(1), 300), kernelMs: opt(ms(1), 60) } },
      {},
    ),
    faults: opt(FAULTS, {}),
    swarm: opt({ type: 'boolean' }, false),
    timingSwarm: opt({ type: 'boolean' }, false),
    triggers: opt({ type: 'array', items: TRIGGER }, []),
    bounds: opt(
      {
        type: 'object',
        fields: {
          events: opt(count(1, 100_000_000), 200_000),
          timeMs: opt(ms(1), 3_600_000),
          queue: opt(count(1, 10_000_000), 10_000),
          portCallsPerHandler: opt(count(1, 100_000_000), 10_000),
          messagesPerStep: opt(count(1, 100_000_000), 10_000),
        },
      },
      {},
    ),
  },
};

/** Validates parsed JSON against the scenario schema; returns the scenario with defaults
 * filled in, or the list of problems (each "path: expected …, found …"). */
export function checkScenario(value: unknown): { scenario: Scenario | null; problems: string[] } {
  const problems: string[] = [];
  const filled = check(value, SCENARIO_SCHEMA, '$', problems);
  if (problems.length === 0) crossCheck(filled as Scenario, problems);
  return { scenario: problems.length === 0 ? (filled as Scenario) : null, problems };
}

function crossCheck(scenario: Scenario, problems: string[]): void {
  const { workload, faults } = scenario;
  if (workload.thinkMsMax < workload.thinkMsMin) {
    problems.push(`$.workload.thinkMsMax: expected ≥ thinkMsMin (${workload.thinkMsMin}), found ${workload.thinkMsMax}`);
  }
  if (faults.restartMsMax < faults.restartMsMin) {
    problems.push(`$.faults.restartMsMax: expected ≥ restartMsMin (${faults.restartMsMin}), found ${faults.restartMsMax}`);
  }
  const { mix } = workload;
  if (workload.actions > 0 && mix.mutate + mix.observe + mix.invalid + mix.abandon <= 0) {
    problems.push('$.workload.mix: expected at least one weight > 0, found all 0');
  }
  scenario.triggers.forEach((trigger: Trigger, index) => {
    const path = `$.triggers[${index}]`;
    const { when } = trigger;
    const kinds = KINDS[when.event] ?? [];
    if (when.kind !== undefined && !kinds.includes(when.kind)) {
      problems.push(
        kinds.length === 0
          ? `${path}.when.kind: a ${when.event} has no kind; remove it`
          : `${path}.when.kind: expected one of ${kinds.join(', ')} for a ${when.event}, found ${JSON.stringify(when.kind)}`,
      );
    }
    if (when.to !== undefined && when.event !== 'send') problems.push(`${path}.when.to: only a send has a receiver; found it on a ${when.event}`);
    if (trigger.do.fault !== 'crash' && when.event !== 'send') {
      problems.push(`${path}.do.fault: ${trigger.do.fault} applies to a message being sent; expected when.event "send", found "${when.event}"`);
    }
  });
}

function check(value: unknown, schema: Schema, path: string, problems: string[]): unknown {
  switch (schema.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(problems, path, schema.integer ? 'an integer' : 'a number', value);
      if (schema.integer === true && !Number.isInteger(value)) return fail(problems, path, 'an integer', value);
      if (value < schema.min || (schema.max !== undefined && value > schema.max)) {
        return fail(problems, path, `${schema.integer === true ? 'an integer' : 'a number'} in [${schema.min}, ${schema.max ?? '∞'}]`, value);
      }
      return value;
    case 'probability':
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) return fail(problems, path, 'a probability in [0, 1]', value);
      return value;
    case 'string':
      if (typeof value !== 'string') return fail(problems, path, 'a string', value);
      if (schema.pattern !== undefined && !schema.pattern.test(value)) return fail(problems, path, schema.what ?? `a string matching ${schema.pattern}`, value);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') return fail(problems, path, 'true or false', value);
      return value;
    case 'array':
      if (!Array.isArray(value)) return fail(problems, path, 'an array', value);
      return value.map((item, index) => check(item, schema.items, `${path}[${index}]`, problems));
    case 'per': {
      if (typeof value === 'number') return check(value, probability, path, problems);
      if (!isObject(value)) return fail(problems, path, `a probability, or an object of probabilities per ${schema.what} (${schema.keys.join(', ')})`, value);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (!schema.keys.includes(key)) {
          problems.push(`${path}.${key}: unknown ${schema.what}; expected one of ${schema.keys.join(', ')}`);
          continue;
        }
        out[key] = check(item, probability, `${path}.${key}`, problems);
      }
      return out;
    }
    case 'enum':
      if (!schema.values.includes(value as string)) {
        return fail(problems, path, `${schema.what}, one of ${schema.values.map((v) => JSON.stringify(v)).join(', ')}`, value);
      }
      return value;
    case 'either': {
      for (const option of schema.options) {
        const attempt: string[] = [];
        const result = check(value, option, path, attempt);
        if (attempt.length === 0) return result;
      }
      return fail(problems, path, schema.what, value);
    }
    case 'tagged': {
      if (!isObject(value)) return fail(problems, path, 'an object', value);
      const tag = value[schema.tag];
      const variants = Object.keys(schema.variants);
      if (typeof tag !== 'string' || !Object.hasOwn(schema.variants, tag)) {
        return fail(problems, `${path}.${schema.tag}`, `one of ${variants.map((v) => JSON.stringify(v)).join(', ')}`, tag);
      }
      const fields = { [schema.tag]: req({ type: 'string' }), ...schema.variants[tag] };
      return checkObject(value, fields, path, problems);
    }
    case 'object':
      if (!isObject(value)) return fail(problems, path, 'an object', value);
      return checkObject(value, schema.fields, path, problems);
  }
}

function checkObject(value: Record<string, unknown>, fields: Readonly<Record<string, Field>>, path: string, problems: string[]): unknown {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key)) problems.push(`${path}.${key}: unknown key; expected one of ${Object.keys(fields).join(', ')}`);
  }
  for (const [key, field] of Object.entries(fields)) {
    const present = Object.hasOwn(value, key);
    if (!present && !Object.hasOwn(field, 'default')) {
      problems.push(`${path}.${key}: missing; expected ${expectation(field.schema)}`);
      continue;
    }
    if (!present && field.default === undefined) continue; // optional with no default: stays absent
    out[key] = check(present ? value[key] : structuredClone(field.default), field.schema, `${path}.${key}`, problems);
  }
  return out;
}

function expectation(schema: Schema): string {
  switch (schema.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'probability':
      return 'a probability in [0, 1]';
    case 'number':
      return schema.integer === true ? 'an integer' : 'a number';
    case 'per':
      return `a probability or an object per ${schema.what}`;
    default:
      return `a ${schema.type}`;
  }
}

function fail(problems: string[], path: string, expected: string, found: unknown): undefined {
  problems.push(`${path}: expected ${expected}, found ${show(found)}`);
  return undefined;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON, reporting a syntax error with its line and column. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /at position (\d+)/.exec(message);
    const position = match !== null ? Number(match[1]) : text.length;
    const before = text.slice(0, position).split('\n');
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    const reason = message.replace(/,? ?"[^]*" is not valid JSON/, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new InputError(`${file}:${line}:${column}: malformed JSON: ${reason}`);
  }
}

export function builtinScenarioNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** Resolves a scenario by built-in name (from any working directory) or by file path. */
export function loadScenario(argument: string): Scenario {
  // `<name or file>@N`: the scenario made smaller (a size ramp's runs are named so)
  const sized = /^(.+)@([^@/\\]*)$/.exec(argument);
  if (sized !== null && !existsSync(resolve(argument))) {
    const text = sized[2] as string;
    const size = /^[1-9][0-9]*$/.test(text) ? Number(text) : NaN;
    if (!(size <= SIZE_MAX)) throw new InputError(`scenario "${argument}": the size after @ must be a whole number in 1..${SIZE_MAX} (at most ⌈N/4⌉ operators with N intents each), not "${text}"`);
    const whole = loadScenario(sized[1] as string);
    if (whole.name.includes('@')) throw new InputError(`scenario "${argument}": give one size, after the scenario's own name`);
    return sizedScenario(whole, size);
  }
  return loadWholeScenario(argument);
}

function loadWholeScenario(nameOrFile: string): Scenario {
  const looksLikeFile = nameOrFile.endsWith('.json') || nameOrFile.includes('/') || nameOrFile.includes('\\');
  let file: string;
  if (looksLikeFile) {
    file = resolve(nameOrFile);
    if (!existsSync(file)) throw new InputError(`scenario file not found: ${nameOrFile}`);
  } else {
    file = join(SCENARIO_DIR, `${nameOrFile}.json`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(nameOrFile) || !existsSync(file)) {
      throw new InputError(`unknown scenario "${nameOrFile}"; expected a built-in name (${builtinScenarioNames().join(', ')}) or a path to a .json file`);
    }
  }
  return loadScenarioFile(file, looksLikeFile ? nameOrFile : basename(file));
}

export function loadScenarioFile(file: string, shownAs: string = file): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read scenario file ${shownAs}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { scenario, problems } = checkScenario(parseJson(text, shownAs));
  if (scenario === null) throw new InputError(problems.map((problem) => `${shownAs}: ${problem}`).join('\n'));
  return scenario;
}
