// Worker entry: the harness as built to JavaScript when the build is up to date, else
// through tsx, which registers its loader on the main thread only on Node 20 (TOOLCHAIN.md,
// "Worker threads"), so each worker registers it itself (sim/entry.mjs).
import { load } from './entry.mjs';

await load('sim/worker.ts');
