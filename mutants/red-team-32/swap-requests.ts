// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };


class M extends GroupCommitControlPlane {
  onTimer(name) { if (name === "group-commit") { const h = this.batch.held; for (let i = 0; i + 1 < h.length; i++) if (h[i].to === h[i+1].to && h[i].message.requestId !== h[i+1].message.requestId) { P("swapped"); const a = h[i].message.requestId; h[i].message = { ...h[i].message, requestId: h[i+1].message.requestId }; h[i+1].message = { ...h[i+1].message, requestId: a }; i++; } } super.onTimer(name); }
}
export default { ...reference, name: "swap-requests", createControlPlane: (port, config) => new M(port, config) };
