// The pools the workload draws names and config values from, valid ones only. They are
// small on purpose, so that operators collide (a collection created twice, an index on a
// dropped collection) and the kernel has real rejections to make; invalid requests are
// spoilt versions of the same names (sim/invalid-operation.ts), so that a system that
// "corrects" them lands on a name the workload really uses.

export const COLLECTIONS = ['users', 'orders', 'events', 'audit_log', 'metrics', 'sessions'];
export const FIELDS = ['id', 'created_at', 'user_id', 'status', 'email', 'kind', 'region'];
export const SNAPSHOTS = ['nightly', 'pre_migration', 'weekly', 'before_upgrade'];
/** Each known config key (src/validation.ts CONFIG_KEYS) with values it accepts. */
export const CONFIG: readonly (readonly [string, readonly string[]])[] = [
  ['max_connections', ['100', '250', '1000']],
  ['log_level', ['debug', 'info', 'warn', 'error']],
  ['cache_mb', ['64', '512', '2048']],
  ['read_only', ['true', 'false']],
];
/** Valid names at and near the longest a name may be (src/validation.ts: 32 characters),
 * for scenarios with workload.edgeValues: a validator with a shorter limit, or one that
 * trims long names, rejects or changes them. */
const stretch = (name: string, length: number) => `${name}_0123456789abcdefghijklmnopqrstuvwxyz`.slice(0, length);
export const LONG_COLLECTIONS = COLLECTIONS.map((name, index) => stretch(`${name}_archive`, index % 2 === 0 ? 32 : 24));
export const LONG_FIELDS = FIELDS.map((name, index) => stretch(`${name}_history`, index % 2 === 0 ? 32 : 19));
export const LONG_SNAPSHOTS = SNAPSHOTS.map((name) => stretch(`${name}_before_the_next`, 32));
/** Each numeric config key's smallest and largest accepted values. */
export const EDGE_CONFIG: readonly (readonly [string, readonly string[]])[] = [
  ['max_connections', ['1', '99999']],
  ['cache_mb', ['1', '999999']],
];
/** Config keys no system knows, named like members every JavaScript object inherits: a
 * validator that asks `key in KEYS` or `KEYS[key]` finds them. */
export const INHERITED_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** More fields than a collection may index (src/validation.ts: 8): for wide collections and
 * for too many indexes. */
export const MANY_FIELDS = [...FIELDS, 'updated_at', 'owner_id', 'tenant_id', 'amount', 'currency', 'name'];
