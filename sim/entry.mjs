// How each entry (the bin, a worker, the determinism child) loads the harness: from the
// JavaScript that `npm ci` builds into .build/ (sim/build.mjs) when it is up to date with
// the sources, which starts ~4x faster than compiling TypeScript on the fly; else through
// tsx, so that a source edited since the build runs as written, never a stale copy.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const BUILD = join(ROOT, '.build');
export const SOURCES = ['sim', 'src', 'mutants'];
/** the entries bundled into .build/bundle/ (one file each, as <name>.mjs) */
export const ENTRIES = ['sim/cli.js', 'sim/worker.js', 'sim/rerun-child.js'];

/** The newest modification time, the count and a digest of the names of the .ts files
 * the build is made from (a file added, removed or renamed makes the build stale). */
export function sourceStamp() {
  let newest = 0;
  let count = 0;
  let names = 0x811c9dc5;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        count++;
        newest = Math.max(newest, statSync(path).mtimeMs);
        for (let i = 0; i < path.length; i++) names = Math.imul(names ^ path.charCodeAt(i), 16777619);
      }
    }
  };
  for (const dir of SOURCES) walk(join(ROOT, dir));
  return { newest, count, names: names >>> 0 };
}

/** Whether .build/ holds every source as it is now. */
export function buildIsFresh() {
  if (process.env.AEROSIM_NO_BUILD === '1') return false;
  const file = join(BUILD, 'stamp.json');
  if (!existsSync(file)) return false;
  try {
    const built = JSON.parse(readFileSync(file, 'utf8'));
    const now = sourceStamp();
    return built.count === now.count && built.names === now.names && built.newest >= now.newest;
  } catch {
    return false;
  }
}

let tsx = false;

/** Imports a harness module (a path like 'sim/cli.ts'), built or through tsx. */
export async function load(path) {
  if (buildIsFresh()) {
    const built = path.replace(/\.ts$/, '.js');
    const bundled = join(BUILD, 'bundle', built.replace(/^.*\//, '').replace(/\.js$/, '.mjs'));
    if (ENTRIES.includes(built) && existsSync(bundled)) return import(pathToFileURL(bundled).href);
    return import(pathToFileURL(join(BUILD, built)).href);
  }
  if (!tsx) {
    const { register } = await import('tsx/esm/api');
    register();
    tsx = true;
  }
  return import(pathToFileURL(join(ROOT, path)).href);
}
