// @ts-nocheck
// At flush the batcher annotates a kernel rejection for the operator: the kernel's text is
// kept, but followed by " (transient: the control plane will retry)". Nothing retries; the
// note reinterprets a final rejection as a transient one. Spec 7.1: the rejection MUST be
// surfaced verbatim; the control plane MUST NOT reinterpret; kernel rejection is final.
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };
class M extends GroupCommitControlPlane {
  release(to, m) { if (m.rejection && m.source !== "validation") { P("annotated", m.requestId); m = { ...m, text: `${m.rejection.text} (transient: the control plane will retry)` }; } this.disk.send(to, m); }
}
export default { ...reference, name: "rejection-retry-note", createControlPlane: (port, config) => new M(port, config) };
