// @ts-nocheck
// A write-ahead kernel: syncs an INTENT record naming the request (and its operation),
// replies, then appends the decision record unsynced in the same handler. A crash may lose
// the decision; the intent lets restart re-derive it (re-deciding, in log order, on the
// state as it stood). Options turn on one bug each; all off = intended design.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';

const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };
const FIELDS = ['kind', 'name', 'indexes', 'from', 'to', 'collection', 'field', 'key', 'value'];
const LOSSY_FIELDS = ['kind', 'name', 'from', 'to', 'collection', 'field', 'key', 'value'];

export class WalKernel {
  state = new KernelState();
  dirty = false;
  decisions = new Map();
  constructor(port, config, opts) {
    this.port = port;
    this.config = config;
    this.opts = opts ?? {};
  }

  onStart() {
    const records = this.port.records();
    const decidedLater = new Set();
    for (const r of records) if (r.kind !== 'INTENT') decidedLater.add(r.requestId);
    const orphans = [];
    for (const r of records) {
      if (r.kind !== 'INTENT') { this.replay(r); continue; }
      const intent = JSON.parse(r.data);
      if (decidedLater.has(intent.requestId) || this.decisions.has(intent.requestId)) continue;
      if (this.opts.twoPass) { orphans.push(intent); continue; }
      this.rederive(intent);
    }
    for (const intent of orphans) this.rederive(intent);
    if (this.rederived.length > 0 && !this.opts.inMemoryOnly) {
      for (const record of this.rederived) this.port.append(record);
      this.port.sync();
    }
  }
  rederived = [];
  note(record) { this.rederived.push(record); this.replay(record); }

  rederive(intent) {
    if (this.decisions.has(intent.requestId)) return;
    if (process.env.RT24_PROBE) process.stderr.write(`PROBE rederive ${JSON.stringify(intent)}\n`);
    if (intent.type === 'query') {
      if (this.opts.queryIntentIgnored) return;
      this.note({ kind: 'FENCE', requestId: intent.requestId });
      return;
    }
    const operation = intent.operation.kind === 'create-collection'
      ? { ...intent.operation, indexes: intent.operation.indexes ?? [] } : intent.operation;
    const rejection = this.state.decide(operation);
    if (rejection !== null && this.opts.orphanRejectionForgotten) return;
    this.note(rejection === null
      ? { kind: 'EXEC', requestId: intent.requestId, operation }
      : { kind: 'REJECT', requestId: intent.requestId, rejection });
  }

  onMessage(from, message) {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        const fields = this.opts.lossyIntent ? LOSSY_FIELDS : FIELDS;
        const data = JSON.stringify({ type: 'dispatch', requestId: message.requestId, operation: JSON.parse(JSON.stringify(message.operation, fields)) });
        this.port.append({ kind: 'INTENT', data });
        if (!this.opts.syncIfDirty || this.dirty) { this.port.sync(); this.dirty = false; }
        else if (process.env.RT24_PROBE) process.stderr.write(`PROBE intent unsynced ${message.requestId}\n`);
        const rejection = this.state.decide(message.operation);
        const record = rejection === null
          ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
          : { kind: 'REJECT', requestId: message.requestId, rejection };
        const decision = rejection === null ? EXECUTED : { kind: 'REJECT', rejection };
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        this.port.append(record);
        this.dirty = true;
        this.replay(record);
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
          return;
        }
        this.port.append({ kind: 'INTENT', data: JSON.stringify({ type: 'query', requestId: message.requestId }) });
        this.port.sync();
        this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: false, first: FENCED });
        const record = { kind: 'FENCE', requestId: message.requestId };
        this.port.append(record);
        this.dirty = true;
        this.replay(record);
        return;
      }
      case 'read':
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default:
        return;
    }
  }

  onTimer() {}
  inspect() { return this.state.view(); }

  replay(record) {
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

export function walSut(name, opts) {
  return { ...reference, name, createKernel: (port, config) => new WalKernel(port, config, opts) };
}
