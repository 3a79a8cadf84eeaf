// max_connections may be at most 9999 (the limit is 99999): a valid large value is rejected.
import { stricterValidator } from './kit.ts';

export default stricterValidator('edge-cp-validator-maxval', (operation) =>
  operation.kind === 'set-config' && operation.key === 'max_connections' && operation.value.length > 4 ? `value "${operation.value}" is not valid for "max_connections"` : null,
);
