// @ts-nocheck
// Kernel: to cut latency, an EXEC decision is replied right after the append, and synced just
// after the send. A crash at that sync loses an execution the control plane was told of (7.2).
import { BaseKernel } from './lib/kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends BaseKernel {
  onDispatch(from, message) {
    const first = this.decisions.get(message.requestId);
    const rejection = first === undefined ? this.state.decide(message.operation) : null;
    if (first !== undefined || rejection !== null) return super.onDispatch(from, message);
    const record = { kind: 'EXEC', requestId: message.requestId, operation: message.operation };
    this.port.append(record);
    probe('k-reply-before-sync', `decision EXEC ${message.requestId} sent before sync`);
    this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'EXEC' } });
    this.port.sync();
    this.replay(record);
  }
}
export default sutWith('k-reply-before-sync', { createKernel: (p, c) => new K(p, c) });
