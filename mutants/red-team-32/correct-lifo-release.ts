// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };

class M extends GroupCommitControlPlane {
  onTimer(name) { if (name !== "group-commit") return super.onTimer(name); this.batch.held.reverse(); if (this.batch.held.length>1) P("reversed"); super.onTimer(name); }
}
export default { ...reference, name: "lifo-release", createControlPlane: (port, config) => new M(port, config) };
