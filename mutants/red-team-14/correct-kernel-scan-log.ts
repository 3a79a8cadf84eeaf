// @ts-nocheck
// CORRECT alternative. The kernel keeps no decision table: to learn whether a request id was
// decided it scans its durable log (every record it appends is synced before anything else
// happens, so the log it sees is the durable one). Data state as the reference.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

function firstDecision(records, requestId) {
  for (const r of records) {
    if (r.requestId !== requestId) continue;
    if (r.kind === 'EXEC') return { kind: 'EXEC' };
    if (r.kind === 'REJECT') return { kind: 'REJECT', rejection: r.rejection };
    if (r.kind === 'FENCE') return { kind: 'FENCE' };
  }
  return undefined;
}

class ScanningKernel extends Kernel {
  onMessage(from, message) {
    switch (message.kind) {
      case 'dispatch': {
        const first = firstDecision(this.port.records(), message.requestId);
        if (first !== undefined) { this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first }); return; }
        const rejection = this.state.decide(message.operation);
        this.port.append(rejection === null
          ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
          : { kind: 'REJECT', requestId: message.requestId, rejection });
        this.port.sync();
        if (rejection === null) this.state.apply(message.operation);
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: firstDecision(this.port.records(), message.requestId) });
        return;
      }
      case 'fenced-query': {
        let first = firstDecision(this.port.records(), message.requestId);
        if (first === undefined) {
          this.port.append({ kind: 'FENCE', requestId: message.requestId });
          this.port.sync();
          first = { kind: 'FENCE' };
        }
        this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
        return;
      }
      default:
        super.onMessage(from, message);
    }
  }
}
export default { ...reference, name: 'red14-correct-kernel-scan-log', createKernel: (p, c) => new ScanningKernel(p, c) };
