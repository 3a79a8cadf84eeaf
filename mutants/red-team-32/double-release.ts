// @ts-nocheck
// The flush loop iterates the held list, and the "release" helper also drains it: every held
// answer of a batch with two or more answers is sent twice, as two separate sends from the
// control plane (not a network copy). A second answer about the same request.
// Spec 6.2 (silent duplication) / 12 (deterministic outcomes, one answer per request).
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };
class M extends GroupCommitControlPlane {
  onTimer(name) { if (name === "group-commit" && this.batch.held.length > 1) { P("double", this.batch.held.length); this.batch.held = this.batch.held.concat(this.batch.held); } super.onTimer(name); }
}
export default { ...reference, name: "double-release", createControlPlane: (port, config) => new M(port, config) };
