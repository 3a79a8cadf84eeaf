// --sut loads a system under test from any kind of project: CommonJS (no "type" in its
// package.json) or ESM, written as .ts, .mts, .cts, .js, .mjs or .cjs, with the README's
// example as it stands. A module that cannot load is bad input (exit 2) with the fix named.

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../../sim/cli.ts';
import { resolveSut } from '../../sim/sut.ts';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** The README's example ("Testing your own control plane"), completed with a class. */
const README_EXAMPLE = `import type { SystemUnderTest } from 'aerosim/src/ports.ts';
import { reference } from 'aerosim/src/index.ts';
import { ControlPlane } from 'aerosim/src/control-plane.ts';

class MyControlPlane extends ControlPlane {}

const sut: SystemUnderTest = {
  name: 'my-control-plane',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new MyControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
`;
const ESM_JS = `import { reference } from 'aerosim/src/index.ts';\nexport default { ...reference, name: 'esm-js' };\n`;
const CJS_JS = `const { reference } = require('aerosim/src/index.ts');\nmodule.exports = { ...reference, name: 'cjs-js' };\n`;
const CJS_TS = `const { reference } = require('aerosim/src/index.ts') as typeof import('aerosim/src/index.ts');\nmodule.exports = { ...reference, name: 'cjs-ts' };\n`;

/** A project folder with aerosim installed (a link to this checkout, as npm i makes). */
function project(type: 'commonjs' | 'module' | null, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `aerosim-sut-${type ?? 'default'}-`));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'my-project', version: '1.0.0', ...(type !== null ? { type } : {}) }));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'aerosim'), 'dir');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const FILES = { 'a.ts': README_EXAMPLE, 'b.mts': README_EXAMPLE, 'c.js': ESM_JS, 'd.mjs': ESM_JS, 'e.cjs': CJS_JS, 'f.cts': CJS_TS };
const ESM_PROJECT_FILES = { 'a.ts': README_EXAMPLE, 'b.mts': README_EXAMPLE, 'c.js': ESM_JS, 'd.mjs': ESM_JS, 'e.cjs': CJS_JS, 'f.cts': CJS_TS };

for (const [type, files] of [[null, FILES], ['module', ESM_PROJECT_FILES]] as const) {
  test(`--sut loads .ts, .mts, .js, .mjs, .cjs and .cts from ${type === null ? 'a default (CommonJS) npm init project' : 'an ESM project'}`, async () => {
    const dir = project(type, files);
    for (const name of Object.keys(files)) {
      const sut = await resolveSut({ kind: 'module', path: join(dir, name) });
      assert.type(sut.createControlPlane, 'function', `${name}: a SystemUnderTest`);
    }
  });
}

test('the README example runs and passes from a default npm init project, through the CLI (on a worker too)', async () => {
  const dir = project(null, { 'my-control-plane.ts': README_EXAMPLE, 'plain.cjs': CJS_JS });
  for (const file of ['my-control-plane.ts', 'plain.cjs']) {
    const lines: string[] = [];
    const code = await main(['run', '--scenario', 'calm', '--seed', '1', '--quiet', '--sut', join(dir, file)], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
    assert.is(code, 0, `${file}: ${lines.join('\n')}`);
    assert.match(lines.join('\n'), 'verdict: pass');
  }
});

test('a module that cannot load is exit 2 naming the fix', async () => {
  const dir = project(null, { 'broken.js': 'export default {\n' });
  const lines: string[] = [];
  const code = await main(['run', '--scenario', 'calm', '--seed', '1', '--sut', join(dir, 'broken.js')], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  assert.is(code, 2);
  assert.match(lines.join('\n'), /failed to load: .*\n.*"type": "module"/);
});

test.run();
