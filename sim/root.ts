// The checkout's root, found from this module's place whether it runs as TypeScript (sim/)
// or compiled (.build/sim/): built-in scenarios, the worker and child entries, package.json
// and the git commit are all found from here.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'sim'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the aerosim checkout above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

export const ROOT = findRoot(import.meta.url);
