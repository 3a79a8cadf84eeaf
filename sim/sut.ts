// Which system runs in the world: the reference, a mutant by name, or a user's module
// through the seam (`--sut MODULE`: a module whose default export, or export `sut`, is a
// SystemUnderTest). A reference to it is plain data, so workers can resolve it too.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reference } from '../src/index.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import { InputError } from './scenario-file.ts';

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
  return ref.kind === 'reference' ? '' : ref.kind === 'mutant' ? ` --mutant ${ref.name}` : ` --sut ${ref.path}`;
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
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`--sut module ${ref.path} failed to load: ${error instanceof Error ? error.message : String(error)}`);
  }
  const candidate = (module['default'] ?? module['sut']) as Partial<SystemUnderTest> | undefined;
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
