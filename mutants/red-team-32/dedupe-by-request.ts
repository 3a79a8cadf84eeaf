// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };

class M extends GroupCommitControlPlane {
  onTimer(name) { if (name === "group-commit") { const s=new Set(); this.batch.held = this.batch.held.filter(h => { if (s.has(h.message.requestId)) { P("dedup drop"); return false;} s.add(h.message.requestId); return true; }); } super.onTimer(name); }
}
export default { ...reference, name: "dedupe-by-request", createControlPlane: (port, config) => new M(port, config) };
