// Entry of the separate process that re-runs a sweep's determinism sample (another time
// zone, locale and heap limit): register tsx, then load the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./rerun-child.ts');
