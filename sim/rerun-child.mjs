// Entry of the separate process that re-runs a sweep's determinism sample (another time
// zone, locale and heap limit): the harness built or through tsx (sim/entry.mjs).
import { load } from './entry.mjs';

await load('sim/rerun-child.ts');
