// @ts-nocheck
// CORRECT (7.2): the intent-log kernel, acknowledging once the INTENT is durable. It syncs
// the INTENT, decides, appends the decision and replies at once; the decision record is
// synced by the next sync (the next request's). Safe because a synced INTENT determines its
// decision: if the decision record is lost, the restarted kernel rolls the intent forward at
// start against the same state (the intent is then the log's last durable record: every
// later record's sync would have made the decision durable first), reaching the same
// decision it already replied. What it replies is always durable as an intent whose outcome
// is fixed; no fenced query can come between a crash and the roll-forward.
import { reference } from '../../src/index.ts';
import { WalKernel } from './correct-kernel-intent-wal.ts';

class EarlyAckKernel extends WalKernel {
  onMessage(from, message) {
    if (message.kind !== 'dispatch' || this.decisions.has(message.requestId)) return super.onMessage(from, message);
    this.port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, operation: message.operation }) });
    this.port.sync();
    const rejection = this.state.decide(message.operation);
    const record = rejection === null ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation } : { kind: 'REJECT', requestId: message.requestId, rejection };
    this.port.append(record); // synced by the next sync
    this.replay(record);
    this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: this.decisions.get(message.requestId) });
  }
}
export default { ...reference, name: 'red18-correct-kernel-intent-wal-early-ack', createKernel: (p, c) => new EarlyAckKernel(p, c) };
