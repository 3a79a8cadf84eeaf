// @ts-nocheck
// Probe helper: writes "RT35_PROBE <name> <detail>" to stderr when RT35_PROBE=1. Never changes behaviour.
export function probe(name, detail) {
  if (typeof process !== 'undefined' && process.env && process.env.RT35_PROBE === '1') {
    process.stderr.write(`RT35_PROBE ${name} ${detail}\n`);
  }
}
