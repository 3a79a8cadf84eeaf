// @ts-nocheck
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };


class M extends GroupCommitControlPlane {
  release(to, m) { this.cache ??= new Map(); const k = to + "/" + m.requestId; const c = this.cache.get(k); if (c && (c.outcome !== m.outcome || c.source !== m.source)) P("stale", c.outcome, m.outcome); this.disk.send(to, c ?? m); if (!c) this.cache.set(k, m); }
}
export default { ...reference, name: "stale-cache", createControlPlane: (port, config) => new M(port, config) };
