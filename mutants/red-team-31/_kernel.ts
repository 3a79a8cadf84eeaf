// @ts-nocheck
// Red team 31: a configurable copy of src/kernel.ts, plus a group-commit variant.
import { KernelState } from '../../src/kernel-state.ts';

const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };
import { appendFileSync } from 'node:fs';
const probe = (...a) => { if (process.env.RT31_PROBE) appendFileSync(process.env.RT31_PROBE, '[RT31] ' + a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' ') + '\n'); };

export class K {
  state = new KernelState();
  decisions = new Map();
  order = [];
  fenceUnsynced = 0;
  // group commit
  pendingReplies = [];
  batchTimer = 0;
  constructor(port, config, o = {}) { this.port = port; this.config = config; this.o = o; }

  onStart() {
    if (this.o.checkpoint) { this.startFromCheckpoint(); return; }
    for (const record of this.port.records()) {
      if (this.o.replayExecOnly && record.kind !== 'EXEC') continue;
      this.replay(record);
    }
  }

  reply(to, msg, mustWait) {
    if (this.o.groupCommit && mustWait) { this.pendingReplies.push([to, msg]); this.arm(); return; }
    this.port.send(to, msg);
  }
  arm() { if (this.batchTimer === 0) this.batchTimer = this.port.setTimer(this.o.groupCommit, 'commit'); }
  pendingIds = new Set();

  onMessage(from, message) {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          const pending = this.pendingIds.has(message.requestId);
          if (pending && this.o.dupImmediate) probe('dup reply names unsynced decision', message.requestId);
          this.reply(from, { kind: 'duplicate', requestId: message.requestId, first }, pending && !this.o.dupImmediate);
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record = rejection === null
          ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
          : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.decide(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.reply(from, { kind: 'decision', requestId: message.requestId, decision }, true);
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        let wait = this.pendingIds.has(message.requestId);
        if (first === undefined) {
          if (this.o.fenceLazySync) {
            // the fence is "only a marker": appended now, synced with the next decision
            this.port.append({ kind: 'FENCE', requestId: message.requestId });
            this.fenceUnsynced += 1;
            probe('fence unsynced', message.requestId);
            this.replay({ kind: 'FENCE', requestId: message.requestId });
          } else {
            this.decide({ kind: 'FENCE', requestId: message.requestId });
          }
          first = FENCED;
          wait = true;
        }
        this.reply(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first }, wait);
        return;
      }
      case 'read':
        if (this.o.groupCommit && !this.o.dirtyRead && this.pendingReplies.length > 0) {
          // the view includes unsynced decisions: hold it until they are durable
          this.reply(from, { kind: 'state', requestId: message.requestId, state: this.state.view() }, true);
          return;
        }
        if (this.o.dirtyRead && this.pendingReplies.length > 0) probe('dirty read');
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default:
        return;
    }
  }

  onTimer(name) {
    if (name !== 'commit') return;
    this.batchTimer = 0;
    this.port.sync();
    this.pendingIds.clear();
    const replies = this.pendingReplies;
    this.pendingReplies = [];
    for (const [to, msg] of replies) this.port.send(to, msg);
  }

  inspect() { return this.state.view(); }

  // Checkpointing: every N decisions the kernel writes its data state (not its decisions)
  // as an INTENT record; on start it loads the newest checkpoint and applies only the EXEC
  // records after it. Decisions are always rebuilt from every record (ids only).
  decisionCount = 0;
  startFromCheckpoint() {
    const recs = this.port.records();
    let cp = null; let n = 0;
    for (const r of recs) {
      if (r.kind === 'INTENT') { const d = JSON.parse(r.data); if (d.t === 'ckpt') cp = d; continue; }
      n += 1;
    }
    if (cp !== null) {
      for (const [name, idx] of cp.collections) this.state.collections.set(name, [...idx]);
      for (const [k, v] of cp.config) this.state.config.set(k, v);
      for (const [name, cols] of cp.snapshots) this.state.snapshots.set(name, [...cols]);
    }
    const from = cp === null ? 0 : (this.o.checkpoint.offByOne ? cp.upTo - 1 : cp.upTo);
    let i = 0;
    for (const r of recs) {
      if (r.kind === 'INTENT') continue;
      const apply = i >= from;
      if (apply && cp !== null && i < cp.upTo && r.kind === 'EXEC') probe('re-applies checkpointed EXEC', r.requestId, r.operation.kind);
      i += 1;
      if (this.decisions.has(r.requestId)) continue;
      if (r.kind === 'EXEC' && apply) this.state.apply(r.operation);
      this.remember(r.requestId, r.kind === 'EXEC' ? EXECUTED : r.kind === 'FENCE' ? FENCED : { kind: 'REJECT', rejection: r.rejection });
    }
    this.decisionCount = n;
  }
  maybeCheckpoint() {
    if (!this.o.checkpoint) return;
    this.decisionCount += 1;
    if (this.decisionCount % this.o.checkpoint.every !== 0) return;
    const st = this.state;
    this.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'ckpt', upTo: this.decisionCount,
      collections: [...st.collections].map(([k, v]) => [k, [...v]]), config: [...st.config], snapshots: [...st.snapshots].map(([k, v]) => [k, [...v]]) }) });
    this.port.sync();
  }

  decide(record) {
    this.port.append(record);
    if (this.o.groupCommit) {
      this.pendingIds.add(record.requestId);
      this.replay(record);
      return;
    }
    this.port.sync();
    this.fenceUnsynced = 0;
    this.replay(record);
    this.maybeCheckpoint();
  }

  replay(record) {
    if (this.decisions.has(record.requestId)) return;
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
        this.remember(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        this.remember(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        return;
      case 'FENCE':
        this.remember(record.requestId, FENCED);
        return;
    }
  }

  remember(id, d) {
    this.decisions.set(id, d);
    if (this.o.boundedDecisions) {
      this.order.push(id);
      if (this.order.length > this.o.boundedDecisions) { const old = this.order.shift(); this.decisions.delete(old); }
    }
  }
}
