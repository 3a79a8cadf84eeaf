// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };

class M extends GroupCommitControlPlane {
  onTimer(name) { if (name === "group-commit" && this.batch.held.length) { this.to0 = this.batch.held[0].to; } super.onTimer(name); this.to0 = undefined; }
  release(to, m) { const t = this.to0 ?? to; if (t !== to) P("wrong client"); this.disk.send(t, m); }
}
export default { ...reference, name: "first-client", createControlPlane: (port, config) => new M(port, config) };
