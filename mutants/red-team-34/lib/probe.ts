// @ts-nocheck
// RT34 probe: one stderr line when a mutant's broken path actually runs (RT34_PROBE=1 only).
// Never changes behaviour.
const ON = typeof process !== 'undefined' && process.env !== undefined && process.env.RT34_PROBE === '1';

export function probe(name: string, detail: string): void {
  if (ON) process.stderr.write(`RT34_PROBE ${name} ${detail}\n`);
}
