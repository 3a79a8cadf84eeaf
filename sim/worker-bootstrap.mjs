// Worker entry: tsx registers its loader on the main thread only (Node 20), so each worker
// registers it, then loads the TypeScript worker module (TOOLCHAIN.md, "Worker threads").
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
