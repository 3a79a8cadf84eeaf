// Invalid requests (spec 8.1): operations the control plane must reject, drawn across every
// rejection rule of src/validation.ts, for every operation kind that can reach it — a bad
// name in each name-bearing field (collection, new collection, index field, snapshot), too
// many indexes, an index field listed twice, a rename to itself, an unknown config key, and
// a known key with a value it does not accept.
//
// Each is one small defect away from a valid operation built from the same pools as valid
// ones (a trailing space, capitals, a look-alike letter, one character too many, a misspelt
// key, "INFO"), so that a client or control plane that "corrects" input — trims,
// lower-cases, normalises, truncates, de-duplicates, guesses the key — turns it into an
// operation that executes, and the oracles catch it. One defect only: validation stops at
// the first problem it finds, so a second one could hide the rule being exercised.

import type { Operation } from '../src/protocol.ts';
import { COLLECTIONS, CONFIG, FIELDS, INHERITED_KEYS, MANY_FIELDS, SNAPSHOTS } from './name-pools.ts';
import type { Stream } from './rng.ts';

/** src/validation.ts: a name is a lowercase letter, then up to 31 of a-z, 0-9, _. */
const NAME_LENGTH_MAX = 32;
/** src/validation.ts: a collection takes at most this many indexes. */
const INDEXES_MAX = 8;

export function invalidOperation(rng: Stream, edges = 0): Operation {
  // with edge values (drawn only where a scenario asks, so that no other scenario's plans
  // change): an unknown key named like an inherited member of every object, or a name far
  // past the limit, as when an identifier is pasted (its explanation is long: an
  // explanation cut to fit a column then cuts the value it must quote)
  if (edges > 0 && rng.chance(edges)) {
    if (rng.chance(0.5)) {
      const [, values] = rng.pick(CONFIG);
      return { kind: 'set-config', key: rng.pick(INHERITED_KEYS), value: rng.pick(values) };
    }
    return rng.pick(FAR_TOO_LONG)(rng);
  }
  return rng.pick(DEFECTIVE)(rng);
}

/** One generator per rule and field, each giving a valid operation with that one defect.
 * Drawn uniformly, so every rule is exercised about as often as every other. */
const DEFECTIVE: readonly ((rng: Stream) => Operation)[] = [
  // create-collection: its name, one of its index fields, too many indexes, a field twice
  (rng) => ({ kind: 'create-collection', name: spoilName(rng, collection(rng)), indexes: distinctFields(rng, 0, 3, FIELDS) }),
  (rng) => ({ kind: 'create-collection', name: collection(rng), indexes: withOneSpoilt(rng, distinctFields(rng, 1, 3, FIELDS)) }),
  (rng) => ({ kind: 'create-collection', name: collection(rng), indexes: distinctFields(rng, INDEXES_MAX + 1, MANY_FIELDS.length, MANY_FIELDS) }),
  (rng) => ({ kind: 'create-collection', name: collection(rng), indexes: withOneTwice(rng, distinctFields(rng, 1, 3, FIELDS)) }),
  (rng) => ({ kind: 'drop-collection', name: spoilName(rng, collection(rng)) }),
  // rename-collection: its source, its target (a spoilt name never equals a valid one, so
  // the to-itself rule does not fire first), and a rename to itself
  (rng) => {
    const [from, to] = renamePair(rng);
    return { kind: 'rename-collection', from: spoilName(rng, from), to };
  },
  (rng) => {
    const [from, to] = renamePair(rng);
    return { kind: 'rename-collection', from, to: spoilName(rng, to) };
  },
  (rng) => {
    const name = collection(rng);
    return { kind: 'rename-collection', from: name, to: name };
  },
  (rng) => ({ kind: 'create-index', collection: spoilName(rng, collection(rng)), field: rng.pick(FIELDS) }),
  (rng) => ({ kind: 'create-index', collection: collection(rng), field: spoilName(rng, rng.pick(FIELDS)) }),
  (rng) => ({ kind: 'drop-index', collection: spoilName(rng, collection(rng)), field: rng.pick(FIELDS) }),
  (rng) => ({ kind: 'drop-index', collection: collection(rng), field: spoilName(rng, rng.pick(FIELDS)) }),
  (rng) => ({ kind: 'create-snapshot', name: spoilName(rng, `${rng.pick(SNAPSHOTS)}_${rng.below(3)}`) }),
  // set-config: an unknown key (with a value its real key accepts), a bad value for each key
  (rng) => {
    const [key, values] = rng.pick(CONFIG);
    return { kind: 'set-config', key: unknownKey(rng, key), value: rng.pick(values) };
  },
  ...CONFIG.map(([key]) => (rng: Stream): Operation => ({ kind: 'set-config', key, value: rng.pick(BAD_VALUES[key] ?? ['']) })),
];

/** Values each known key refuses, each a slip away from one it accepts. */
const BAD_VALUES: Readonly<Record<string, readonly string[]>> = {
  max_connections: ['0', '100000', '-1', ' 100', '100 ', '0100', '1e3', '250.5', ''],
  log_level: ['INFO', 'Debug', '', ' warn', 'error ', 'warning', 'err'],
  cache_mb: ['0', '1000000', '-64', '512MB', ' 64', '064', ''],
  read_only: ['yes', 'TRUE', 'True', '1', 'no', ' false', ''],
};

/** Ways a name goes wrong, each one a "helpful" normalisation would undo (noted after it). */
const SPOILERS: readonly ((rng: Stream, name: string) => string)[] = [
  () => '', // empty (a default name would be a guess)
  (rng, name) => `${rng.below(10)}${name}`, // a leading digit (stripped)
  (_rng, name) => `_${name}`, // a leading underscore (stripped)
  (rng, name) => capitals(rng, name), // "USERS", "Users", "usErs" (lower-cased)
  (rng, name) => `${whitespace(rng)}${name}`, // leading whitespace (trimmed)
  (rng, name) => `${name}${whitespace(rng)}`, // trailing whitespace (trimmed)
  (rng, name) => innerWhitespace(rng, name), // "audit log" (joined with _)
  (rng, name) => foreignCharacter(rng, name), // "audit-log", "users.2" (replaced by _)
  (_rng, name) => tooLong(name), // 33 characters (truncated)
  (rng, name) => lookAlike(rng, name), // a Cyrillic or full-width letter (NFKC, confusables)
];

function spoilName(rng: Stream, name: string): string {
  return rng.pick(SPOILERS)(rng, name);
}

function collection(rng: Stream): string {
  return rng.pick(COLLECTIONS);
}

/** Two different valid collection names. */
function renamePair(rng: Stream): [string, string] {
  const from = collection(rng);
  const to = collection(rng);
  return [from, to === from ? `${from}_v2` : to];
}

/** Between min and max distinct fields of the pool, in a random order. */
function distinctFields(rng: Stream, min: number, max: number, pool: readonly string[]): string[] {
  const left = [...pool];
  const count = Math.min(rng.between(min, max), left.length);
  const fields: string[] = [];
  for (let i = 0; i < count; i++) fields.push(left.splice(rng.below(left.length), 1)[0] as string);
  return fields;
}

/** The fields with one of them (anywhere: a validator that checks only the first is caught) spoilt. */
function withOneSpoilt(rng: Stream, fields: string[]): string[] {
  const at = rng.below(fields.length);
  fields[at] = spoilName(rng, fields[at] as string);
  return fields;
}

/** The fields with one of them listed again, somewhere after its first place. */
function withOneTwice(rng: Stream, fields: string[]): string[] {
  const at = rng.below(fields.length);
  fields.splice(rng.between(at + 1, fields.length), 0, fields[at] as string);
  return fields;
}

function capitals(rng: Stream, name: string): string {
  switch (rng.below(3)) {
    case 0:
      return name.toUpperCase();
    case 1:
      return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    default: {
      const at = rng.pick(letterPositions(name, /[a-z]/));
      return `${name.slice(0, at)}${name.charAt(at).toUpperCase()}${name.slice(at + 1)}`;
    }
  }
}

function whitespace(rng: Stream): string {
  return rng.pick([' ', '\t', '\u00a0']); // a no-break space, as pasted from a document
}

/** Whitespace inside the name: in place of its first _, else splitting it. */
function innerWhitespace(rng: Stream, name: string): string {
  const space = whitespace(rng);
  if (name.includes('_')) return name.replace('_', space);
  const at = rng.between(1, name.length - 1);
  return `${name.slice(0, at)}${space}${name.slice(at)}`;
}

/** A character outside a-z, 0-9, _: in place of its first _, else before a suffix. */
function foreignCharacter(rng: Stream, name: string): string {
  const character = rng.pick(['-', '.', '/', '$', '@', '!']);
  return name.includes('_') ? name.replace('_', character) : `${name}${character}2`;
}

/** Operations with one name of 48–128 characters, every one of them allowed in a name. */
const FAR_TOO_LONG: readonly ((rng: Stream) => Operation)[] = [
  (rng) => ({ kind: 'create-collection', name: farTooLong(rng, collection(rng)), indexes: distinctFields(rng, 0, 2, FIELDS) }),
  (rng) => ({ kind: 'create-index', collection: collection(rng), field: farTooLong(rng, rng.pick(FIELDS)) }),
  (rng) => ({ kind: 'create-snapshot', name: farTooLong(rng, rng.pick(SNAPSHOTS)) }),
];

function farTooLong(rng: Stream, name: string): string {
  let long = name;
  while (long.length < 128) long += `_${rng.pick(['archived', 'copy', 'of', 'the', 'older', 'version', 'kept', 'for', 'audit', '2024', 'q3', 'region', 'eu'])}`;
  return long.slice(0, rng.between(48, 128));
}

/** One character longer than the longest valid name; its first 32 are a valid name. */
function tooLong(name: string): string {
  return `${name}_archived_copy_of_the_older_version`.slice(0, NAME_LENGTH_MAX + 1);
}

/** Latin letters and the Cyrillic letters drawn the same. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: '\u0430',
  c: '\u0441',
  e: '\u0435',
  i: '\u0456',
  o: '\u043e',
  p: '\u0440',
  s: '\u0455',
  x: '\u0445',
  y: '\u0443',
};

/** One letter replaced by its Cyrillic look-alike, or by its full-width form. */
function lookAlike(rng: Stream, name: string): string {
  const cyrillic = letterPositions(name, /[aceiopsxy]/);
  const useCyrillic = cyrillic.length > 0 && rng.chance(0.5);
  const at = rng.pick(useCyrillic ? cyrillic : letterPositions(name, /[a-z]/));
  const letter = name.charAt(at);
  const replacement = useCyrillic ? (HOMOGLYPHS[letter] as string) : String.fromCharCode(letter.charCodeAt(0) + 0xfee0);
  return `${name.slice(0, at)}${replacement}${name.slice(at + 1)}`;
}

function letterPositions(name: string, letter: RegExp): number[] {
  const positions: number[] = [];
  for (let at = 0; at < name.length; at++) if (letter.test(name.charAt(at))) positions.push(at);
  return positions;
}

/** A key that is not known but close to one: misspelt, in another case, padded, or empty. */
function unknownKey(rng: Stream, key: string): string {
  switch (rng.below(4)) {
    case 0:
      return misspelt(rng, key); // "max_conections", "log_levle", "cache_mbb"
    case 1:
      return rng.chance(0.5) ? key.toUpperCase() : `${key.charAt(0).toUpperCase()}${key.slice(1)}`;
    case 2:
      return rng.chance(0.5) ? ` ${key}` : `${key} `;
    default:
      return '';
  }
}

/** A typist's slip: a letter dropped, doubled, or swapped with the next (when they differ). */
function misspelt(rng: Stream, key: string): string {
  const at = rng.between(1, key.length - 2);
  const slip = rng.below(3);
  if (slip === 2 && key.charAt(at) !== key.charAt(at + 1)) return `${key.slice(0, at)}${key.charAt(at + 1)}${key.charAt(at)}${key.slice(at + 2)}`;
  if (slip === 1) return `${key.slice(0, at + 1)}${key.slice(at)}`;
  return `${key.slice(0, at)}${key.slice(at + 1)}`;
}
