// `npm run build` (and `prepare`, so `npm ci` does it): compiles sim/, src/ and mutants/ to
// JavaScript in .build/ with tsc, so that the bin, every worker and the determinism child
// start without compiling TypeScript on the fly; then bundles each of those three entries
// into one file with esbuild (.build/bundle/), because Node 20 spends about half of a cold
// start resolving and linking ~230 separate ES modules. sim/entry.mjs uses the build only
// while it is as new as the sources, and the bundles only when they were made. A failed
// build is not fatal: everything runs through tsx (a failed bundle: the unbundled build).

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD, ENTRIES, SOURCES, sourceStamp } from './entry.mjs';

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
// Type errors only in --sut modules under mutants/<folder>/ (red teams' work, loaded one at
// a time by path) do not stop the build: tsc still emitted everything (noEmitOnError is
// off), and the harness's own code type-checked. One such file used to remove .build/ for
// the whole tree, and every command then fell back to tsx without a word.
const output = (result.stdout + result.stderr).trim();
const errorFiles = [...output.matchAll(/^(\S[^(\n]*)\(\d+,\d+\): error TS/gm)].map((m) => m[1].split('\\').join('/'));
const tolerated = result.status !== 0 && errorFiles.length > 0 && errorFiles.every((file) => /(^|\/)mutants\/[^/]+\/[^/]+$/.test(file));
if (tolerated) {
  const files = [...new Set(errorFiles)];
  process.stderr.write(`aerosim: type errors in ${files.length} --sut module(s) under mutants/ (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}); the build is kept, and those modules run as compiled\n`);
}
if (result.status !== 0 && !tolerated) {
  rmSync(BUILD, { recursive: true, force: true });
  process.stderr.write(`aerosim: the build to JavaScript failed; everything still runs through tsx (slower to start):\n${output.split('\n').slice(0, 10).join('\n')}\n`);
} else {
  writeFileSync(join(BUILD, 'stamp.json'), `${JSON.stringify(stamp)}\n`);
  await bundle();
}

/** One file per entry, yargs and seedrandom included: importing yargs from node_modules
 * took 70–120 ms of a cold start of 300–400 ms (its ~40 modules resolved and linked one by one).
 * tsx stays an import: it is loaded only for a --sut written in TypeScript. (yargs then
 * finds no locale files and speaks English whatever LANG says, as the rest of the CLI.) */
async function bundle() {
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: ENTRIES.map((entry) => join(BUILD, entry)),
      outdir: join(BUILD, 'bundle'),
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['tsx', 'tsx/*'],
      sourcemap: 'linked',
      logLevel: 'silent',
    });
  } catch (error) {
    rmSync(join(BUILD, 'bundle'), { recursive: true, force: true });
    process.stderr.write(`aerosim: bundling the build failed; it runs unbundled (slower to start): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  }
}
