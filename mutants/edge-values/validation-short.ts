// The control plane's validation of an operator's request (spec 8.1): an invalid request is
// rejected with an explanation that says what is wrong and what is accepted. Nothing is
// ever corrected: a name with a trailing space is invalid, not trimmed.

import type { Operation, Rejection } from '../../src/protocol.ts';

const NAME = /^[a-z][a-z0-9_]{0,17}$/;
const MAX_INDEXES = 8;

/** Known configuration keys and the values each accepts. */
export const CONFIG_KEYS: Readonly<Record<string, (value: string) => boolean>> = {
  max_connections: (value) => /^[1-9][0-9]{0,4}$/.test(value),
  log_level: (value) => value === 'debug' || value === 'info' || value === 'warn' || value === 'error',
  cache_mb: (value) => /^[1-9][0-9]{0,5}$/.test(value),
  read_only: (value) => value === 'true' || value === 'false',
};

export function validate(operation: Operation): Rejection | null {
  switch (operation.kind) {
    case 'create-collection': {
      const problem = badName('collection name', operation.name);
      if (problem !== null) return problem;
      if (operation.indexes.length > MAX_INDEXES) {
        return invalid(`a collection takes at most ${MAX_INDEXES} indexes, got ${operation.indexes.length}`);
      }
      const seen = new Set<string>();
      for (const field of operation.indexes) {
        const fieldProblem = badName('index field', field);
        if (fieldProblem !== null) return fieldProblem;
        if (seen.has(field)) return invalid(`index field "${field}" is listed twice`);
        seen.add(field);
      }
      return null;
    }
    case 'drop-collection':
    case 'create-snapshot':
      return badName(operation.kind === 'create-snapshot' ? 'snapshot name' : 'collection name', operation.name);
    case 'rename-collection':
      if (operation.from === operation.to) return invalid(`rename from "${operation.from}" to itself`);
      return badName('collection name', operation.from) ?? badName('new collection name', operation.to);
    case 'create-index':
    case 'drop-index':
      return badName('collection name', operation.collection) ?? badName('index field', operation.field);
    case 'set-config': {
      const accepts = Object.hasOwn(CONFIG_KEYS, operation.key) ? CONFIG_KEYS[operation.key] : undefined;
      if (accepts === undefined) {
        return invalid(`unknown config key "${operation.key}"; known keys: ${Object.keys(CONFIG_KEYS).join(', ')}`);
      }
      if (!accepts(operation.value)) return invalid(`value "${operation.value}" is not valid for "${operation.key}"`);
      return null;
    }
  }
}

function badName(what: string, name: string): Rejection | null {
  if (NAME.test(name)) return null;
  return invalid(`${what} "${name}" is invalid: expected a lowercase letter, then up to 31 of a-z, 0-9, _`);
}

function invalid(text: string): Rejection {
  return { code: 'INVALID_REQUEST', text };
}
