// @ts-nocheck — written against the reference's private members, run through tsx (red team 12, not type-checked)
// CORRECT ALTERNATIVE: a kernel whose state view lists names in shortlex order — shorter
// names first, then a dictionary order ('_' < digits < letters, as English collation has it;
// written out, since the guard traps localeCompare even with a fixed locale) — instead of
// code-point order: "users" before "orders", "a_b" before "a1". The
// view still holds exactly the durable state, whole (every collection with all its indexes,
// every config key, every snapshot); the spec says nothing about the order in which state is
// listed, and protocol.ts's StateView only says "canonical (names sorted)" — it is sorted,
// and the same state always gives the same view.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
import type { StateView } from '../../src/protocol.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

// A dictionary order written out (the guard traps String.prototype.localeCompare even with a
// fixed locale): '_' first, then digits, then letters — as ICU's English collation orders
// the characters names may hold ([a-z0-9_]).
const rank = (c: string) => (c === '_' ? 0 : c >= '0' && c <= '9' ? 1 + c.charCodeAt(0) - 48 : 11 + c.charCodeAt(0));
const dict = (a: string, b: string) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = rank(a[i]) - rank(b[i]);
    if (d !== 0) return d;
  }
  return a.length - b.length;
};
// shortlex: shorter names first, then the dictionary order above (as `ls -v`/many catalogs)
const by = (a: string, b: string) => a.length - b.length || dict(a, b);

function collate(v: StateView): StateView {
  return {
    collections: [...v.collections].sort((a, b) => by(a.name, b.name)).map((c) => ({ name: c.name, indexes: [...c.indexes].sort(by) })),
    config: [...v.config].sort((a, b) => by(a.key, b.key)),
    snapshots: [...v.snapshots].sort((a, b) => by(a.name, b.name)).map((s) => ({ name: s.name, collections: [...s.collections].sort(by) })),
  };
}

class CollatingKernel extends Kernel {
  constructor(port: any, config: any) {
    const p = Object.create(port);
    p.send = (to: number, m: any) => port.send(to, m.kind === 'state' ? { ...m, state: collate(m.state) } : m);
    super(p, config);
  }
  inspect(): StateView {
    return collate(super.inspect());
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-correct-kernel-collated-view',
  createKernel: (port, config) => new CollatingKernel(port, config),
};
export default sut;
