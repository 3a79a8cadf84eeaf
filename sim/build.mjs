// `npm run build` (and `prepare`, so `npm ci` does it): compiles sim/, src/ and mutants/ to
// JavaScript in .build/ with tsc, so that the bin, every worker and the determinism child
// start without compiling TypeScript on the fly. sim/entry.mjs uses the build only while
// it is as new as the sources. A failed build is not fatal: everything runs through tsx.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD, SOURCES, sourceStamp } from './entry.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const stamp = sourceStamp(); // before compiling: a file edited meanwhile makes the build stale
rmSync(BUILD, { recursive: true, force: true });
mkdirSync(BUILD, { recursive: true });
const config = join(BUILD, 'tsconfig.json');
writeFileSync(
  config,
  JSON.stringify({
    extends: join(ROOT, 'tsconfig.json'),
    compilerOptions: { noEmit: false, outDir: BUILD, rootDir: ROOT, sourceMap: true, rewriteRelativeImportExtensions: true, declaration: false, noEmitOnError: false },
    include: SOURCES.map((dir) => join(ROOT, dir, '**', '*.ts')),
  }),
);
const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const result = spawnSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8' });
if (result.status !== 0) {
  rmSync(BUILD, { recursive: true, force: true });
  process.stderr.write(`aerosim: the build to JavaScript failed; everything still runs through tsx (slower to start):\n${(result.stdout + result.stderr).trim().split('\n').slice(0, 10).join('\n')}\n`);
} else {
  writeFileSync(join(BUILD, 'stamp.json'), `${JSON.stringify(stamp)}\n`);
}
