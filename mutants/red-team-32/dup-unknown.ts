// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };


class M extends GroupCommitControlPlane {
  release(to, m) { if (m.source === "kernel-duplicate" && m.outcome !== "unknown") { P("dup->unknown"); m = { ...m, outcome: "unknown", rejection: null, text: "duplicate: outcome unknown" }; } this.disk.send(to, m); }
}
export default { ...reference, name: "dup-unknown", createControlPlane: (port, config) => new M(port, config) };
