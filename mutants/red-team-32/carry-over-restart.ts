// @ts-nocheck
// The batch lives in a module singleton (an engineer hoisted it "so the flusher can find it"):
// a new incarnation built after a crash adopts the old incarnation's batch and releases the
// answers that the crashed incarnation held (spec 10: no in-flight state is recovered).
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };
let LAST = null;
class M extends GroupCommitControlPlane {
  constructor(port, config) { super(port, config); this.prev = LAST; LAST = this.batch; }
  onStart() {
    super.onStart();
    const p = this.prev; this.prev = null;
    if (p && p.held.length) { P("released old incarnation", p.held.length); for (const h of p.held.splice(0)) this.disk.send(h.to, h.message); }
  }
}
export default { ...reference, name: "carry-over-restart", createControlPlane: (port, config) => new M(port, config) };
