// Code coverage of src/ (the reference system under test) over a sweep, for the report.
// tsx hands V8 minified one-line code, which makes V8 coverage lie (TOOLCHAIN.md), so a
// sweep with --coverage compiles src/ with tsc to JavaScript and source maps in a scratch
// folder, its workers run the reference from there with V8 precise coverage on (through
// node:inspector, one session per worker), write what they covered when the pool closes,
// and c8 turns that into per-file line and branch figures mapped back to the .ts sources.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SystemUnderTest } from '../src/ports.ts';

import { ROOT } from './root.ts';

export interface CoverageSetup {
  /** the compiled copy of src/ (…/src/index.js inside) */
  readonly buildDir: string;
  /** where workers write V8 coverage JSON */
  readonly rawDir: string;
}

/** Compiles src/ for coverage; throws with tsc's words if it cannot. */
export function buildForCoverage(outDir: string): CoverageSetup {
  // inside the checkout, so that tsc finds @types/node; .covbuild/ is ignored by git
  const buildDir = join(ROOT, '.covbuild', `sweep-${process.pid}`);
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  const config = join(buildDir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir: buildDir, rootDir: ROOT, sourceMap: true, rewriteRelativeImportExtensions: true, declaration: false },
      include: [join(ROOT, 'src', '**', '*.ts')],
    }),
  );
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8' });
  if (!existsSync(join(buildDir, 'src', 'index.js'))) {
    throw new Error(`--coverage: compiling src/ failed (${tsc}): ${(result.stdout + result.stderr).trim().split('\n').slice(0, 5).join(' ')}`);
  }
  const rawDir = join(outDir, 'coverage-raw');
  rmSync(rawDir, { recursive: true, force: true });
  mkdirSync(rawDir, { recursive: true });
  return { buildDir, rawDir };
}

/** The reference, from the compiled copy (a worker under --coverage). */
export async function compiledReference(setup: CoverageSetup): Promise<SystemUnderTest> {
  const module = (await import(pathToFileURL(join(setup.buildDir, 'src', 'index.js')).href)) as { reference: SystemUnderTest };
  return module.reference;
}

/** A worker's coverage session: started before the compiled reference loads. */
export class CoverageSession {
  private session: import('node:inspector/promises').Session | null = null;

  constructor(private readonly setup: CoverageSetup) {}

  async start(): Promise<void> {
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
    this.session = session;
  }

  /** Writes what this worker covered of the compiled src/, in NODE_V8_COVERAGE's format. */
  async flush(name: string): Promise<void> {
    if (this.session === null) return;
    const taken = (await this.session.post('Profiler.takePreciseCoverage')) as { result: { url: string }[] };
    const prefix = pathToFileURL(join(this.setup.buildDir, 'src')).href;
    const result = taken.result.filter((script) => script.url.startsWith(prefix));
    writeFileSync(join(this.setup.rawDir, `coverage-${name}.json`), JSON.stringify({ result }));
  }
}

export interface FileCoverage {
  /** relative to the checkout, e.g. src/kernel.ts */
  readonly file: string;
  readonly lines: { readonly covered: number; readonly total: number };
  readonly branches: { readonly covered: number; readonly total: number };
  readonly uncoveredLines: readonly number[];
}

/** Runs c8 over the raw coverage; writes OUT/coverage/coverage-final.json; per-file figures. */
export function reportCoverage(setup: CoverageSetup, outDir: string): FileCoverage[] {
  const reportsDir = join(outDir, 'coverage');
  const c8 = join(ROOT, 'node_modules', 'c8', 'bin', 'c8.js');
  const result = spawnSync(
    process.execPath,
    [c8, 'report', '--temp-directory', setup.rawDir, '--reports-dir', reportsDir, '--reporter', 'json', '--all', '--src', ROOT, '--include', relative(ROOT, join(setup.buildDir, 'src')) + '/**', '--include', 'src/**', '--exclude-after-remap'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const file = join(reportsDir, 'coverage-final.json');
  if (!existsSync(file)) throw new Error(`--coverage: c8 report failed: ${(result.stdout + result.stderr).trim().split('\n').slice(0, 5).join(' ')}`);
  // modules of types only compile to nothing: no line of them can run
  const typesOnly = readdirSync(join(setup.buildDir, 'src'))
    .filter((name) => name.endsWith('.js'))
    .filter((name) => readFileSync(join(setup.buildDir, 'src', name), 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '') === 'export{};')
    .map((name) => `src/${name.replace(/\.js$/, '.ts')}`);
  writeFileSync(join(reportsDir, 'types-only.json'), `${JSON.stringify(typesOnly)}\n`);
  rmSync(setup.buildDir, { recursive: true, force: true });
  return readCoverage([file], typesOnly);
}

interface IstanbulFile {
  readonly path: string;
  readonly statementMap: Record<string, { start: { line: number }; end: { line: number } }>;
  readonly s: Record<string, number>;
  readonly b: Record<string, number[]>;
}

/** A sweep directory's coverage, if it was measured: per-file figures and the modules of
 * types only (no executable line). */
export function sweepCoverage(dirs: readonly string[]): { files: FileCoverage[]; typesOnly: string[] } | null {
  const found = dirs.map((dir) => join(dir, 'coverage', 'coverage-final.json')).filter((file) => existsSync(file));
  if (found.length === 0) return null;
  const typesOnly = [...new Set(found.flatMap((file) => {
    const list = join(dirname(file), 'types-only.json');
    return existsSync(list) ? (JSON.parse(readFileSync(list, 'utf8')) as string[]) : [];
  }))].sort();
  return { files: readCoverage(found, typesOnly), typesOnly };
}

/** Per-file figures from istanbul coverage-final.json files (several, from shards, summed). */
export function readCoverage(files: readonly string[], typesOnly: readonly string[] = []): FileCoverage[] {
  // statement and branch counts summed over the files (shards of one sweep), then a line
  // counts as covered when a statement starting on it ran (istanbul's reading)
  const merged = new Map<string, { statements: Map<string, { line: number; count: number }>; branches: Map<string, number[]> }>();
  for (const path of files) {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, IstanbulFile>;
    for (const entry of Object.values(data)) {
      const name = relative(ROOT, entry.path);
      if (!name.startsWith('src') || typesOnly.includes(name)) continue;
      const into = merged.get(name) ?? { statements: new Map(), branches: new Map<string, number[]>() };
      merged.set(name, into);
      for (const [id, statement] of Object.entries(entry.statementMap)) {
        const before = into.statements.get(id);
        into.statements.set(id, { line: statement.start.line, count: (before?.count ?? 0) + (entry.s[id] ?? 0) });
      }
      for (const [id, counts] of Object.entries(entry.b)) {
        const before = into.branches.get(id) ?? counts.map(() => 0);
        into.branches.set(id, before.map((count, index) => count + (counts[index] ?? 0)));
      }
    }
  }
  return [...merged.entries()]
    .map(([file, { statements, branches }]) => {
      const lines = new Map<number, number>();
      for (const { line, count } of statements.values()) lines.set(line, Math.max(lines.get(line) ?? 0, count));
      const all = [...lines.entries()];
      const arms = [...branches.values()].flat();
      return {
        file,
        lines: { covered: all.filter(([, count]) => count > 0).length, total: all.length },
        branches: { covered: arms.filter((count) => count > 0).length, total: arms.length },
        uncoveredLines: all.filter(([, count]) => count === 0).map(([line]) => line).sort((a, b) => a - b),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
