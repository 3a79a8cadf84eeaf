// Invalid requests (spec 8.1) are drawn across every rejection rule of src/validation.ts:
// each one drawn is rejected, every rule is reached for every operation kind that can
// reach it, every name-bearing field is spoilt in every way, and each request is one slip
// away from a valid one, so that a system that "corrects" input would execute it.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { invalidOperation } from '../sim/invalid-operation.ts';
import { Stream } from '../sim/rng.ts';
import { INHERITED_KEYS, LONG_COLLECTIONS, LONG_FIELDS, LONG_SNAPSHOTS } from '../sim/name-pools.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { generatePlan } from '../sim/workload.ts';
import type { Operation, Rejection } from '../src/protocol.ts';
import { CONFIG_KEYS, validate } from '../src/validation.ts';

const DRAWS = 20_000;

/** The rules of src/validation.ts, per operation kind that can reach each. */
const RULES = [
  'create-collection: bad collection name',
  'create-collection: too many indexes',
  'create-collection: bad index field',
  'create-collection: index field listed twice',
  'drop-collection: bad collection name',
  'rename-collection: to itself',
  'rename-collection: bad collection name',
  'rename-collection: bad new collection name',
  'create-index: bad collection name',
  'create-index: bad index field',
  'drop-index: bad collection name',
  'drop-index: bad index field',
  'create-snapshot: bad snapshot name',
  'set-config: unknown key',
  ...Object.keys(CONFIG_KEYS).map((key) => `set-config: bad value for ${key}`),
];

const BADNESS = ['empty', 'leading digit', 'leading underscore', 'capitals', 'leading whitespace', 'trailing whitespace', 'inner whitespace', 'character outside a-z0-9_', 'too long', 'look-alike letter'];

/** Which rule rejected an operation, read off the rejection's text (the rules' wording in
 * src/validation.ts); "unclassified: …" if the text matches none. */
function ruleOf(operation: Operation, rejection: Rejection): string {
  const text = rejection.text;
  const name = /^(collection name|new collection name|index field|snapshot name) ".*" is invalid: /s.exec(text);
  if (name !== null) return `${operation.kind}: bad ${name[1]}`;
  if (/^a collection takes at most \d+ indexes, got \d+$/.test(text)) return `${operation.kind}: too many indexes`;
  if (/^index field ".*" is listed twice$/s.test(text)) return `${operation.kind}: index field listed twice`;
  if (/^rename from ".*" to itself$/s.test(text)) return `${operation.kind}: to itself`;
  if (/^unknown config key ".*"; known keys: /s.test(text)) return `${operation.kind}: unknown key`;
  const value = /^value ".*" is not valid for "(.*)"$/s.exec(text);
  if (value !== null) return `${operation.kind}: bad value for ${value[1]}`;
  return `unclassified: ${text}`;
}

/** The kind of a bad name (the generator spoils a name in exactly one way). */
function badnessOf(name: string): string {
  if (name === '') return 'empty';
  if (/^\s/.test(name)) return 'leading whitespace';
  if (/\s$/.test(name)) return 'trailing whitespace';
  if (/\s/.test(name)) return 'inner whitespace';
  if (name.length > 32) return 'too long';
  if (/[^\x20-\x7e]/.test(name)) return 'look-alike letter';
  if (/[A-Z]/.test(name)) return 'capitals';
  if (/^[0-9]/.test(name)) return 'leading digit';
  if (/^_/.test(name)) return 'leading underscore';
  return 'character outside a-z0-9_';
}

/** Latin letters for the Cyrillic look-alikes the generator uses. */
const LATIN: Readonly<Record<string, string>> = { а: 'a', с: 'c', е: 'e', і: 'i', о: 'o', р: 'p', ѕ: 's', х: 'x', у: 'y' };

/** What an over-helpful client or control plane might do to a request: normalise, trim,
 * lower-case, replace stray characters, strip a bad start, truncate, de-duplicate, guess
 * the nearest key, coerce a value. */
function corrected(operation: Operation): Operation {
  switch (operation.kind) {
    case 'create-collection':
      return { ...operation, name: fixName(operation.name), indexes: [...new Set(operation.indexes.map(fixName))].slice(0, 8) };
    case 'drop-collection':
    case 'create-snapshot':
      return { ...operation, name: fixName(operation.name) };
    case 'rename-collection':
      if (operation.from === operation.to) return { ...operation, to: `${operation.to}_2` };
      return { ...operation, from: fixName(operation.from), to: fixName(operation.to) };
    case 'create-index':
    case 'drop-index':
      return { ...operation, collection: fixName(operation.collection), field: fixName(operation.field) };
    case 'set-config': {
      const key = fixKey(operation.key);
      return { ...operation, key, value: fixValue(key, operation.value) };
    }
  }
}

function fixName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u0400-\u04ff]/g, (letter) => LATIN[letter] ?? letter)
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .replace(/^[^a-z]+/, '')
    .slice(0, 32);
}

function fixKey(key: string): string {
  const tidy = key.trim().toLowerCase();
  return Object.keys(CONFIG_KEYS).find((known) => distance(known, tidy) <= 2) ?? tidy;
}

function fixValue(key: string, value: string): string {
  const tidy = value.trim().toLowerCase();
  if (key === 'max_connections' || key === 'cache_mb') {
    const number = Number.parseFloat(tidy);
    if (!Number.isFinite(number)) return tidy;
    return String(Math.min(Math.max(Math.round(number), 1), key === 'cache_mb' ? 999_999 : 99_999));
  }
  if (key === 'read_only') return ['yes', '1', 'on'].includes(tidy) ? 'true' : ['no', '0', 'off'].includes(tidy) ? 'false' : tidy;
  if (key === 'log_level' && tidy !== '') return ['debug', 'info', 'warn', 'error'].find((level) => level.startsWith(tidy) || tidy.startsWith(level)) ?? tidy;
  return tidy;
}

/** Edit distance (insert, delete, replace), for guessing a misspelt key. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length] as number;
}

/** Whether a field was left empty: nothing for a corrector to go on (a default would be a
 * guess, not a correction). */
function hasEmptyField(operation: Operation): boolean {
  switch (operation.kind) {
    case 'create-collection':
      return operation.name === '' || operation.indexes.includes('');
    case 'drop-collection':
    case 'create-snapshot':
      return operation.name === '';
    case 'rename-collection':
      return operation.from === '' || operation.to === '';
    case 'create-index':
    case 'drop-index':
      return operation.collection === '' || operation.field === '';
    case 'set-config':
      return operation.key === '' || operation.value === '';
  }
}

const draws: Operation[] = (() => {
  const rng = new Stream(42n, 'workload');
  return Array.from({ length: DRAWS }, () => invalidOperation(rng));
})();

test(`every one of ${DRAWS} drawn invalid operations is rejected by validation`, () => {
  for (const operation of draws) assert.ok(validate(operation) !== null, `accepted: ${JSON.stringify(operation)}`);
});

test('every rule of src/validation.ts is reached, for every operation kind that can reach it, and no other rejection', () => {
  const reached = new Map<string, number>();
  for (const operation of draws) {
    const rule = ruleOf(operation, validate(operation) as Rejection);
    reached.set(rule, (reached.get(rule) ?? 0) + 1);
  }
  assert.equal([...reached.keys()].filter((rule) => !RULES.includes(rule)), [], 'every rejection is one of the rules');
  for (const rule of RULES) assert.ok((reached.get(rule) ?? 0) >= DRAWS / RULES.length / 2, `${rule}: reached ${reached.get(rule) ?? 0} times`);
});

test('every name-bearing field of every kind is spoilt in every way', () => {
  const reached = new Set<string>();
  for (const operation of draws) {
    const rejection = validate(operation) as Rejection;
    const name = /^[a-z ]+ "(.*)" is invalid: /s.exec(rejection.text);
    if (name !== null) reached.add(`${ruleOf(operation, rejection)} / ${badnessOf(name[1] as string)}`);
  }
  const names = RULES.filter((rule) => rule.includes(': bad ') && !rule.includes('value'));
  assert.is(names.length, 10);
  const missing = names.flatMap((rule) => BADNESS.map((badness) => `${rule} / ${badness}`)).filter((combination) => !reached.has(combination));
  assert.equal(missing, []);
});

test('each is one slip from a valid operation: an over-helpful corrector makes it valid (unless a field is empty)', () => {
  let empty = 0;
  for (const operation of draws) {
    if (hasEmptyField(operation)) {
      empty++;
      continue;
    }
    const fixed = corrected(operation);
    assert.is(validate(fixed), null, `${JSON.stringify(operation)} corrected to ${JSON.stringify(fixed)}`);
  }
  assert.ok(empty < DRAWS / 8, `${empty} of ${DRAWS} have an empty field`);
});

test('the same stream draws the same invalid operations', () => {
  const rng = new Stream(42n, 'workload');
  const again = Array.from({ length: 200 }, () => invalidOperation(rng));
  assert.equal(again, draws.slice(0, 200));
});

test('edge values: valid names of 19–32 characters and extreme config values pass validation, inherited config keys and names of 48–128 characters fail it', () => {
  const scenario = loadScenario('edge-values');
  let long = 0;
  let extreme = 0;
  let inherited = 0;
  let farTooLong = 0;
  for (let seed = 1n; seed <= 40n; seed++) {
    for (const intents of generatePlan(scenario.workload, new Stream(seed, 'workload'))) {
      for (const intent of intents) {
        const operation = intent.operation;
        if (operation === null) continue;
        const names = Object.values(operation).flat().filter((value): value is string => typeof value === 'string' && value !== operation.kind);
        if (intent.kind === 'invalid') {
          if (operation.kind === 'set-config' && !Object.hasOwn(CONFIG_KEYS, operation.key) && operation.key in CONFIG_KEYS) inherited++;
          if (names.some((name) => name.length >= 48 && /^[a-z][a-z0-9_]*$/.test(name))) farTooLong++;
          assert.ok(validate(operation) !== null, `invalid ${JSON.stringify(operation)} passes validation`);
        } else {
          assert.is(validate(operation), null, `valid ${JSON.stringify(operation)} fails validation`);
          if (operation.kind !== 'set-config' && names.some((name) => name.length >= 19)) long++;
          if (operation.kind === 'set-config' && ['99999', '999999', '1'].includes(operation.value)) extreme++;
        }
      }
    }
  }
  assert.ok(long > 100 && extreme > 20 && inherited > 20 && farTooLong > 20, `long names ${long}, extreme values ${extreme}, inherited keys ${inherited}, names of 48+ characters ${farTooLong}`);
  const edgeNames = new Set<string>([...LONG_COLLECTIONS, ...LONG_FIELDS, ...LONG_SNAPSHOTS, ...INHERITED_KEYS, '99999', '999999']);
  // other scenarios draw none of them: their plans are as before (bench/verdicts-baseline.txt)
  for (const intents of generatePlan(loadScenario('invalid-request').workload, new Stream(7n, 'workload'))) {
    for (const intent of intents) {
      const values = intent.operation === null ? [] : Object.values(intent.operation).flat();
      assert.ok(!values.some((value) => edgeNames.has(value as string)), JSON.stringify(intent.operation));
    }
  }
});

test.run();
