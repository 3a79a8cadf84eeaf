// @ts-nocheck
// At flush the batcher "formats" a kernel rejection for display: the answer's text becomes
// "CODE: text" (the rejection object itself is passed through). Spec 7.1: surfaced verbatim.
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };
class M extends GroupCommitControlPlane {
  release(to, m) { if (m.rejection && m.source !== "validation") { P("prefixed"); m = { ...m, text: `${m.rejection.code}: ${m.rejection.text}` }; } this.disk.send(to, m); }
}
export default { ...reference, name: "code-prefixed-text", createControlPlane: (port, config) => new M(port, config) };
