// Building blocks for mutants: deliberately broken variants of the reference system, each
// breaking one rule of the failure model. A mutant is an ordinary SystemUnderTest and
// reaches the world through the same seam as any other implementation (`--sut`,
// `--mutant`); nothing in src/ knows it exists.

import { Client } from '../src/client.ts';
import { ControlPlane } from '../src/control-plane.ts';
import { reference } from '../src/index.ts';
import type { Actor, Address, ClientActor, ClientConfig, ControlPlaneConfig, KernelActor, KernelConfig, Port, SystemUnderTest } from '../src/ports.ts';
import type { DurableRecord, Message, Operation } from '../src/protocol.ts';

export interface MutantInfo {
  /** the invariant it is built to break */
  readonly targets: string;
  readonly description: string;
  /** misbehaves only when something fails (a crash, a loss, a timeout): must pass `calm` */
  readonly failurePathOnly: boolean;
}

export interface Mutant extends SystemUnderTest, MutantInfo {}

/** A port whose calls can be intercepted; anything not overridden goes to the real one. */
export function interceptPort(port: Port, overrides: Partial<Port>): Port {
  return {
    send: overrides.send ?? ((to, message) => port.send(to, message)),
    setTimer: overrides.setTimer ?? ((delayMs, name) => port.setTimer(delayMs, name)),
    cancelTimer: overrides.cancelTimer ?? ((id) => port.cancelTimer(id)),
    now: overrides.now ?? (() => port.now()),
    append: overrides.append ?? ((record) => port.append(record)),
    sync: overrides.sync ?? (() => port.sync()),
    records: overrides.records ?? (() => port.records()),
    drawId: overrides.drawId ?? (() => port.drawId()),
    display: overrides.display ?? ((output) => port.display(output)),
  };
}

/** The reference system with some factories replaced. */
export function mutant(
  name: string,
  info: MutantInfo,
  parts: {
    client?: (port: Port, config: ClientConfig) => ClientActor;
    controlPlane?: (port: Port, config: ControlPlaneConfig) => Actor;
    kernel?: (port: Port, config: KernelConfig) => KernelActor;
  },
): Mutant {
  return {
    name,
    ...info,
    createClient: parts.client ?? reference.createClient,
    createControlPlane: parts.controlPlane ?? reference.createControlPlane,
    createKernel: parts.kernel ?? reference.createKernel,
  };
}

/** A reference control plane whose outgoing messages pass through `rewrite` first (return
 * null to swallow one), with the real port at hand for extra sends. */
export function rewritingControlPlane(
  rewrite: (to: Address, message: Message, port: Port, config: ControlPlaneConfig) => Message | null,
  appendFilter?: (record: DurableRecord) => boolean,
): (port: Port, config: ControlPlaneConfig) => Actor {
  return (port, config) =>
    new ControlPlane(
      interceptPort(port, {
        send: (to, message) => {
          const rewritten = rewrite(to, message, port, config);
          if (rewritten !== null) port.send(to, rewritten);
        },
        ...(appendFilter !== undefined ? { append: (record: DurableRecord) => (appendFilter(record) ? port.append(record) : undefined) } : {}),
      }),
      config,
    );
}

/** A reference client whose outgoing messages are remembered per request id. */
export class RememberingClient extends Client {
  readonly sent = new Map<string, Message>();
  constructor(
    protected readonly realPort: Port,
    protected readonly clientConfig: ClientConfig,
  ) {
    const sent = new Map<string, Message>();
    super(
      interceptPort(realPort, {
        send: (to, message) => {
          realPort.send(to, message);
          sent.set(message.requestId, message);
        },
      }),
      clientConfig,
    );
    this.sent = sent;
  }
}

/** The operation that would undo another: what a "cleanup" or "rollback" would send. */
export function inverseOf(operation: Operation): Operation {
  switch (operation.kind) {
    case 'create-collection':
      return { kind: 'drop-collection', name: operation.name };
    case 'create-index':
      return { kind: 'drop-index', collection: operation.collection, field: operation.field };
    case 'rename-collection':
      return { kind: 'rename-collection', from: operation.to, to: operation.from };
    case 'drop-index':
      return { kind: 'create-index', collection: operation.collection, field: operation.field };
    case 'drop-collection':
      return { kind: 'create-collection', name: operation.name, indexes: [] };
    case 'set-config':
      return { kind: 'set-config', key: operation.key, value: 'info' };
    case 'create-snapshot':
      return { kind: 'create-snapshot', name: `${operation.name}_undo` };
  }
}
