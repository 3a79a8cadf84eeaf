// Violates spec 4.3: "The execution outcome MUST be determined from kernel state" / "If kernel
// state reflects execution → action succeeded" — and 1: "They MUST NOT create ambiguity about
// what has or has not executed".
// Change: the client's observe view renders collections and config only (a UI that "has no
// snapshot pane"): the `observed` display it shows the operator carries an empty snapshot list,
// whatever the kernel's state said.
// Shows: any observe after a create-snapshot executed: the operator sees no snapshot, so a
// create-snapshot whose outcome was "unknown" looks not executed.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { SystemUnderTest, Port, Display } from '../../src/index.ts';

function wrapPort(port: Port): Port {
  return new Proxy(port, {
    get(target, prop, receiver) {
      if (prop === 'display') {
        return (output: Display) => {
          if (output.kind === 'observed') {
            target.display({ ...output, state: { collections: output.state.collections, config: output.state.config, snapshots: [] } });
          } else target.display(output);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

const sut: SystemUnderTest = {
  name: 'client-observed-drops-snapshots',
  createClient: (port, config) => new Client(wrapPort(port), config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
