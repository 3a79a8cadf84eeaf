// Runs the peer compiled, both sides alike: bundles run.ts (fast-check, the peer's model and
// properties, sim/, src/ and the mutant catalogue) with esbuild into one JavaScript file
// beside it, then runs that with the same arguments. Through tsx every closure is named at
// run time (esbuild's keepNames), which cost AeroSim's small runs ~1.5× and the peer's own
// code too; the bin and its workers run compiled code, and so should a comparison of times.
//
//   node bench/fastcheck-peer/compiled.mjs [run.ts's options]

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, '.run.compiled.mjs');
await esbuild.build({
  entryPoints: [join(here, 'run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  // a CommonJS dependency bundled into ESM needs a require
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
