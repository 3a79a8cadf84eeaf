// @ts-nocheck
// At flush the batcher rebuilds a non-rejection answer's text from a stale per-batch flag
// ("did anything in this batch fail?") instead of from the answer: when the batch also held a
// not-executed answer, every executed answer in it is texted "not executed". The outcome
// field stays right, but the explanation the operator reads contradicts it.
// Spec 9: failures must be explainable; 4.3: outcome from kernel state, no guessing.
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };
class M extends GroupCommitControlPlane {
  onTimer(name) { if (name === "group-commit") this.anyFailed = this.batch.held.some((h) => h.message.outcome === "not-executed"); super.onTimer(name); this.anyFailed = false; }
  release(to, m) { if (this.anyFailed && m.outcome === "executed") { P("contradicting text", m.requestId); m = { ...m, text: "not executed" }; } this.disk.send(to, m); }
}
export default { ...reference, name: "text-contradicts-outcome", createControlPlane: (port, config) => new M(port, config) };
