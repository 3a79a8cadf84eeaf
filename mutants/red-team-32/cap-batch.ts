// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };

class M extends GroupCommitControlPlane {
  onTimer(name) { if (name === "group-commit" && this.batch.held.length > 2) { P("dropped", this.batch.held.length-2); this.batch.held.length = 2; } super.onTimer(name); }
}
export default { ...reference, name: "cap-batch", createControlPlane: (port, config) => new M(port, config) };
