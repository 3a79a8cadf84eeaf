// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };


class M extends GroupCommitControlPlane {
  onTimer(name) { if (name !== "group-commit") return super.onTimer(name); const b = this.batch; b.timer = null; const h = b.held; b.held = []; for (const x of h) this.release(x.to, x.message); if (h.length) P("sent before sync"); this.disk.sync(); b.unsynced = false; }
}
export default { ...reference, name: "send-before-sync", createControlPlane: (port, config) => new M(port, config) };
