// @ts-nocheck
// CORRECT: the kernel words its rejections around the operation rather than the state:
// 'create-index metrics.email refused: that index is already there'. It names the request's
// own objects (dotted, unquoted) in its own way. Durable in the REJECT record, surfaced verbatim.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
import { KernelState } from '../../src/kernel-state.ts';

function target(op) {
  switch (op.kind) {
    case 'create-collection': case 'drop-collection': case 'create-snapshot': return op.name;
    case 'rename-collection': return `${op.from}->${op.to}`;
    case 'create-index': case 'drop-index': return `${op.collection}.${op.field}`;
    case 'set-config': return op.key;
  }
}
const WHY = {
  COLLECTION_EXISTS: 'that name is taken', NO_SUCH_COLLECTION: 'no collection of that name',
  INDEX_EXISTS: 'that index is already there', INDEX_LIMIT: 'the collection would hold too many indexes',
  NO_SUCH_INDEX: 'no such index', SNAPSHOT_EXISTS: 'that snapshot is already there',
};
class K extends Kernel {
  constructor(port, config) {
    super(port, config);
    this.state.decide = (op) => {
      const r = KernelState.prototype.decide.call(this.state, op);
      return r === null ? null : { code: r.code, text: `${op.kind} ${target(op)} refused: ${WHY[r.code] ?? r.code}` };
    };
  }
}
export default { ...reference, name: 'correct-kernel-rejection-text-reworded', createKernel: (p, c) => new K(p, c) };
