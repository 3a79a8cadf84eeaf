// @ts-nocheck
// A durable outbox: each held answer is appended as an INTENT record (synced with the batch),
// and a "sent" marker is appended when it is released. On restart the new incarnation re-sends
// every outbox answer with no durable "sent" marker — but the marker is appended unsynced, so
// a crash loses it and answers the old incarnation already sent go out again from the new one
// (spec 10: no in-flight state is recovered; recovery is restart and observe only).
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };
class M extends GroupCommitControlPlane {
  constructor(port, config) {
    super(port, config);
    const b = this.batch; const disk = this.disk; let n = 0;
    // wrap held.push: write each held answer to the outbox
    this.seq = () => `${disk.now()}-${n++}`;
  }
  onMessage(f, m) { this.before(); super.onMessage(f, m); this.after(); }
  onTimer(name) { this.before(); if (name === "group-commit") this.flush(); else { super.onTimer(name); } this.after(); }
  before() { this.mark = this.batch.held.length; }
  after() {
    for (let i = this.mark; i < this.batch.held.length; i++) {
      const h = this.batch.held[i];
      if (h.id === undefined) { h.id = this.seq(); this.disk.append({ kind: "INTENT", data: JSON.stringify({ outbox: h.id, to: h.to, message: h.message }) }); }
    }
  }
  flush() {
    const b = this.batch; b.timer = null; this.disk.sync(); b.unsynced = false;
    const held = b.held; b.held = [];
    for (const h of held) { this.disk.send(h.to, h.message); this.disk.append({ kind: "INTENT", data: JSON.stringify({ sent: h.id }) }); }
  }
  onStart() {
    super.onStart();
    const out = new Map();
    for (const r of this.disk.records()) {
      if (r.kind !== "INTENT") continue;
      const d = JSON.parse(r.data);
      if (d.outbox) out.set(d.outbox, d); else if (d.sent) out.delete(d.sent);
    }
    for (const d of out.values()) { P("outbox replay", d.message.requestId); this.disk.send(d.to, d.message); this.disk.append({ kind: "INTENT", data: JSON.stringify({ sent: d.outbox }) }); }
    if (out.size) this.disk.sync();
  }
}
export default { ...reference, name: "outbox-replay", createControlPlane: (port, config) => new M(port, config) };
