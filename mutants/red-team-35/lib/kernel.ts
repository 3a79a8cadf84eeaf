// @ts-nocheck
// A copy of the reference kernel with overridable hooks, so each kernel mutant changes one thing.
import { KernelState } from '../../../src/kernel-state.ts';

export const EXECUTED = { kind: 'EXEC' };
export const FENCED = { kind: 'FENCE' };

export class BaseKernel {
  constructor(port, config) {
    this.port = port;
    this.config = config;
    this.state = new KernelState();
    this.decisions = new Map();
  }
  onStart() {
    for (const record of this.port.records()) this.replay(record);
  }
  onMessage(from, message) {
    switch (message.kind) {
      case 'dispatch': return this.onDispatch(from, message);
      case 'fenced-query': return this.onQuery(from, message);
      case 'read':
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default: return;
    }
  }
  onDispatch(from, message) {
    const first = this.decisions.get(message.requestId);
    if (first !== undefined) {
      this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
      return;
    }
    const rejection = this.state.decide(message.operation);
    const record = rejection === null
      ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
      : { kind: 'REJECT', requestId: message.requestId, rejection };
    this.decideDurably(record);
    const decision = this.decisions.get(message.requestId) ?? EXECUTED;
    this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
  }
  onQuery(from, message) {
    let first = this.decisions.get(message.requestId);
    if (first === undefined) {
      this.decideDurably({ kind: 'FENCE', requestId: message.requestId });
      first = FENCED;
    }
    this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
  }
  onTimer() {}
  inspect() { return this.state.view(); }
  decideDurably(record) {
    this.port.append(record);
    this.port.sync();
    this.replay(record);
  }
  replay(record) {
    if (record.kind !== 'EXEC' && record.kind !== 'REJECT' && record.kind !== 'FENCE') return;
    if (this.decisions.has(record.requestId)) return;
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
        this.decisions.set(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        return;
      case 'FENCE':
        this.decisions.set(record.requestId, FENCED);
        return;
    }
  }
}
