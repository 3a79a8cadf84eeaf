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
/** More fields than a collection may index (src/validation.ts: 8): for wide collections and
 * for too many indexes. */
export const MANY_FIELDS = [...FIELDS, 'updated_at', 'owner_id', 'tenant_id', 'amount', 'currency', 'name'];
