// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };


class M extends GroupCommitControlPlane {
  release(to, m) { this.disk.send(to, m); if (m.outcome === "executed" && m.source === "kernel-decision") { P("second"); this.disk.send(to, { ...m, source: "kernel-duplicate" }); } }
}
export default { ...reference, name: "second-dup-answer", createControlPlane: (port, config) => new M(port, config) };
