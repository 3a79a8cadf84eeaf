// @ts-nocheck
// At flush the batcher rewrites a kernel rejection's display text into a house style:
// "the kernel refused the request (CODE)". The rejection object rides along untouched, but
// the text the client displays to the operator no longer carries the kernel's explanation.
// Spec 7.1: the rejection MUST be surfaced verbatim; 8.1/9: explainable.
import { GroupCommitControlPlane } from "../../examples/group-commit-control-plane.ts";
import { reference } from "../../src/index.ts";
const P = (...a) => { if (process.env.RT32_PROBE) console.error("RT32_PROBE", ...a); };
class M extends GroupCommitControlPlane {
  release(to, m) { if (m.rejection && m.source !== "validation") { P("paraphrased", m.text); m = { ...m, text: `the kernel refused the request (${m.rejection.code})` }; } this.disk.send(to, m); }
}
export default { ...reference, name: "paraphrased-rejection", createControlPlane: (port, config) => new M(port, config) };
