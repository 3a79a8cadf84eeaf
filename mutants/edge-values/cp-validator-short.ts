// Names may have at most 18 characters (the limit is 32): a valid long name is rejected.
import { stricterValidator } from './kit.ts';

const names = (operation: Record<string, unknown>) => Object.entries(operation).flatMap(([field, value]) => (field === 'kind' ? [] : Array.isArray(value) ? value : [value]));
export default stricterValidator('edge-cp-validator-short', (operation) => {
  const long = names(operation as unknown as Record<string, unknown>).find((value) => typeof value === 'string' && operation.kind !== 'set-config' && value.length > 18);
  return long === undefined ? null : `name "${long as string}" is invalid: expected a lowercase letter, then up to 17 of a-z, 0-9, _`;
});
