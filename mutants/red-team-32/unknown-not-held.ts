// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };


class M extends GroupCommitControlPlane {
  leak() { const keep = []; for (const h of this.batch.held) { if (h.message.outcome === "unknown") { P("unknown early"); this.disk.send(h.to, h.message); } else keep.push(h); } this.batch.held = keep; }
  onTimer(name) { super.onTimer(name); this.leak(); }
  onMessage(f, m) { super.onMessage(f, m); this.leak(); }
}
export default { ...reference, name: "unknown-not-held", createControlPlane: (port, config) => new M(port, config) };
