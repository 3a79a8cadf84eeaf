// Which system runs in the world: the reference, a mutant by name, or a user's module
// through the seam (`--sut MODULE`: a module whose default export, or export `sut`, is a
// SystemUnderTest). A reference to it is plain data, so workers can resolve it too.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reference } from '../src/index.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import { InputError } from './scenario-file.ts';
import { shellQuote } from './shell.ts';

export type SutRef =
  | { readonly kind: 'reference' }
  | { readonly kind: 'mutant'; readonly name: string }
  | { readonly kind: 'module'; readonly path: string };

export const REFERENCE: SutRef = { kind: 'reference' };

export function describeSut(ref: SutRef): string {
  return ref.kind === 'reference' ? 'reference' : ref.kind === 'mutant' ? `mutant ${ref.name}` : `module ${ref.path}`;
}

/** The flags that select this system on the command line ('' for the reference). */
export function sutFlags(ref: SutRef): string {
  return ref.kind === 'reference' ? '' : ref.kind === 'mutant' ? ` --mutant ${shellQuote(ref.name)}` : ` --sut ${shellQuote(ref.path)}`;
}

let requireHooks = false;
let esmHooks = false;

/** Loads a --sut module whatever its project: ESM or CommonJS (a package.json without
 * "type": "module"), TypeScript or JavaScript. A plain import first; where Node or tsx
 * refuses (a .ts file in a CommonJS project is loaded as CommonJS, and requiring the ESM it
 * imports is a cycle), tsx's namespaced tsImport, which compiles it as a module. Require
 * hooks let a .cjs module require TypeScript files. */
async function importSut(file: string, shownAs: string): Promise<Record<string, unknown>> {
  if (!requireHooks) {
    requireHooks = true;
    const { register } = await import('tsx/cjs/api');
    register();
  }
  const url = pathToFileURL(file).href;
  if (!esmHooks) {
    // the harness may run built to JavaScript, without tsx: a TypeScript module needs it
    esmHooks = true;
    const { register } = await import('tsx/esm/api');
    register();
  }
  try {
    return (await import(url)) as Record<string, unknown>;
  } catch (first) {
    try {
      const { tsImport } = await import('tsx/esm/api');
      return (await tsImport(url, import.meta.url)) as Record<string, unknown>;
    } catch {
      const message = first instanceof Error ? first.message.split('\n')[0] : String(first);
      throw new InputError(
        `--sut module ${shownAs} failed to load: ${message}\n` +
          `  if it is ESM (import/export) in a CommonJS project, add "type": "module" to its package.json or name it .mts/.mjs; ` +
          `if it is CommonJS, name it .cts/.cjs and use require/module.exports; see README "Testing your own control plane"`,
      );
    }
  }
}

export async function resolveSut(ref: SutRef): Promise<SystemUnderTest> {
  if (ref.kind === 'reference') return reference;
  if (ref.kind === 'mutant') {
    const { MUTANTS, mutantNamed } = await import('../mutants/index.ts');
    const found = mutantNamed(ref.name);
    if (found === undefined) {
      throw new InputError(`unknown mutant "${ref.name}"; expected one of: ${MUTANTS.map((m) => m.name).join(', ')}`);
    }
    return found;
  }
  const file = resolve(ref.path);
  if (!existsSync(file)) throw new InputError(`--sut module not found: ${ref.path}`);
  const module = await importSut(file, ref.path);
  let candidate = (module['default'] ?? module['sut']) as Partial<SystemUnderTest> | undefined;
  // a CommonJS module's exports arrive as the default export, and its own default inside
  const inner = (candidate as { default?: unknown; sut?: unknown } | undefined)?.default ?? (candidate as { sut?: unknown } | undefined)?.sut;
  if (typeof candidate?.createClient !== 'function' && typeof inner === 'object' && inner !== null) candidate = inner as Partial<SystemUnderTest>;
  const missing = ['createClient', 'createControlPlane', 'createKernel'].filter(
    (factory) => typeof (candidate as Record<string, unknown> | undefined)?.[factory] !== 'function',
  );
  if (candidate === undefined || missing.length > 0) {
    throw new InputError(
      `--sut module ${ref.path} does not export a SystemUnderTest as default (or as "sut"): missing ${missing.join(', ')}; see README "Testing your own control plane"`,
    );
  }
  const sut = candidate as SystemUnderTest;
  return {
    name: typeof sut.name === 'string' ? sut.name : ref.path,
    createClient: sut.createClient,
    createControlPlane: sut.createControlPlane,
    createKernel: sut.createKernel,
  };
}
