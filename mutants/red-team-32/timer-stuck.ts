// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };


class M extends GroupCommitControlPlane {
  onTimer(name) { const empty = name === "group-commit" && this.batch.held.length === 0; super.onTimer(name); if (empty) { P("stuck"); this.batch.timer = -1; } }
}
export default { ...reference, name: "timer-stuck", createControlPlane: (port, config) => new M(port, config) };
