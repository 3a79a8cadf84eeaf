// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };


class M extends GroupCommitControlPlane {
  onTimer(name) { if (name !== "group-commit") return super.onTimer(name); const cur = this.batch.held; this.batch.held = []; const prev = this.pending ?? []; this.pending = cur; this.batch.held = prev; if (cur.length) P("deferred", cur.length); super.onTimer(name); }
}
export default { ...reference, name: "one-batch-behind", createControlPlane: (port, config) => new M(port, config) };
