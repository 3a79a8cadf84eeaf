// @ts-nocheck
// 12 (deterministic outcomes): the INDEX_LIMIT rejection formats its number with
// toLocaleString() "for readability": under an Arabic locale the text reads "٦", so the
// verbatim rejection depends on the host the kernel runs on.
import { Kernel } from '../../src/kernel.ts';
import { INDEX_LIMIT } from '../../src/kernel-state.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class K extends Kernel {
  constructor(port: any, config: any) {
    super(port, config);
    const state = (this as any).state;
    const decide = state.decide.bind(state);
    state.decide = (op: any) => {
      const r = decide(op);
      if (r !== null && r.code === 'INDEX_LIMIT') {
        probe('k-locale-index-limit', r.text);
        const name = op.kind === 'create-collection' ? op.name : op.collection;
        return { code: r.code, text: `collection "${name}" would exceed ${INDEX_LIMIT.toLocaleString()} indexes (${(1234567).toLocaleString()} max documents per index)` };
      }
      return r;
    };
  }
}
export default sut('k-locale-index-limit', { createKernel: (p, c) => new K(p, c) });
