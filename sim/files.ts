// Writing output that can be trusted: whole files or nothing (a temporary file, then a
// rename), a lock that keeps two sweeps out of one folder, and a full disk told apart
// from the other errors (it is the machine's trouble, not the system under test's).

import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from './scenario-file.ts';

/** Writes a file whole or not at all. */
export function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw asDiskFull(error, file);
  }
}

/** The disk (or quota) is full: the run could not be recorded, through no fault of the
 * system under test. The CLI says where, and exits 3. */
export class DiskFullError extends Error {
  /** runs recorded before it (set by the sweep) */
  kept: number | null = null;

  constructor(readonly path: string, readonly code: string) {
    super(`${code}: no space left writing ${path}`);
  }
}

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** The same error, as a DiskFullError when it is one. */
export function asDiskFull(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && FULL.has(code) ? new DiskFullError(path, code) : error;
}

export interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly command: string;
}

/** Takes a folder for one sweep. A second sweep on it is bad input naming the holder; a
 * lock left by a process that is gone (killed with -9) is taken over. Returns the release. */
export function lockFolder(dir: string, command: string, since: string): () => void {
  const file = join(dir, '.aerosim.lock');
  const mine: Holder = { pid: process.pid, host: hostname(), since, command };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asDiskFull(error, file);
      let holder: Partial<Holder> = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
      } catch {
        // a lock being written this instant, or garbage: treated as held
      }
      if (holder.host === hostname() && typeof holder.pid === 'number' && !alive(holder.pid)) {
        rmSync(file, { force: true }); // its sweep is gone
        continue;
      }
      throw new InputError(
        `--out ${dir} is in use by another sweep (pid ${holder.pid ?? '?'} on ${holder.host ?? '?'} since ${holder.since ?? '?'}: ${holder.command ?? '?'}); ` +
          `wait for it, give another --out, or remove ${file} if that sweep is gone`,
      );
    }
  }
  throw new InputError(`--out ${dir}: cannot take its lock ${file}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
