// @ts-nocheck
// Red team 31: a configurable copy of src/validation.ts.
export function makeValidate(o = {}) {
  const NAME = o.nameRe ?? /^[a-z][a-z0-9_]{0,31}$/;
  const MAX_INDEXES = 8;
  const num = (max) => o.numberConfig
    ? (v) => { const n = Number(v); return Number.isInteger(n) && n >= 1 && n <= max; }
    : (v) => new RegExp(`^[1-9][0-9]{0,${String(max).length - 1}}$`).test(v);
  const CONFIG_KEYS = {
    max_connections: num(99999),
    log_level: (v) => v === 'debug' || v === 'info' || v === 'warn' || v === 'error',
    cache_mb: num(999999),
    read_only: (v) => v === 'true' || v === 'false',
  };
  const invalid = (text) => ({ code: 'INVALID_REQUEST', text });
  const badName = (what, name) => NAME.test(name) ? null
    : invalid(`${what} "${name}" is invalid: expected a lowercase letter, then up to 31 of a-z, 0-9, _`);
  return function validate(operation) {
    switch (operation.kind) {
      case 'create-collection': {
        const problem = badName('collection name', operation.name);
        if (problem !== null) return problem;
        if (operation.indexes.length > MAX_INDEXES) return invalid(`a collection takes at most ${MAX_INDEXES} indexes, got ${operation.indexes.length}`);
        const seen = new Set();
        for (const field of operation.indexes) {
          const fp = badName('index field', field);
          if (fp !== null) return fp;
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
        if (accepts === undefined) return invalid(`unknown config key "${operation.key}"; known keys: ${Object.keys(CONFIG_KEYS).join(', ')}`);
        if (!accepts(operation.value)) {
          if (o.probe) o.probe(operation);
          if (o.wrongReason) return invalid(`config key "${operation.key}" is read-only at runtime; cannot set it to "${operation.value}"`);
          return invalid(`value "${operation.value}" is not valid for "${operation.key}"`);
        }
        if (o.numberConfig && !/^[1-9][0-9]*$/.test(operation.value) && o.probe) o.probe({ accepted: operation.value });
        return null;
      }
    }
  };
}
