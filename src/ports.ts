// The ports through which the system under test sees the world, and the seam through which
// a world (the simulator, or a real transport) builds it. Nothing in src/ knows whether it
// is simulated: the simulator implements Port; a production shell would implement it over
// sockets, timers and fsync.
//
// Contract for every implementation of Port: calls are synchronous; any effectful call
// (send, setTimer, cancelTimer, append, sync, drawId, display) may crash the process,
// which unwinds the handler by throwing. Code under test must let that throw propagate:
// a handler that swallows it and calls the port again is a defect the world reports.

import type { Display, DurableRecord, Message, OperatorCommand, StateView } from './protocol.ts';

/** A process's address on the network. Small integers assigned by the world. */
export type Address = number;

export interface Port {
  /** Hands a message to the network. No delivery guarantee: it may be dropped, duplicated
   * or delayed; the sender is not told. */
  send(to: Address, message: Message): void;
  /** Starts a timer that calls `onTimer(name, id)` after `delayMs`, unless cancelled or the
   * process crashes first (timers die with their incarnation). */
  setTimer(delayMs: number, name: string): number;
  cancelTimer(id: number): void;
  /** Milliseconds on this process's clock. */
  now(): number;
  /** Appends to this process's durable log. Not durable until `sync()`. */
  append(record: DurableRecord): void;
  /** Makes every appended record durable. */
  sync(): void;
  /** The log as it stands (what survived the last crash plus what this incarnation
   * appended). Read-only. */
  records(): readonly DurableRecord[];
  /** An identifier unique across every process and incarnation of this deployment. */
  drawId(): string;
  /** Shows something to the human operator (clients only). */
  display(output: Display): void;
}

/** A process: synchronous handlers, no promises, no timers but the port's. */
export interface Actor {
  onStart(): void;
  onMessage(from: Address, message: Message): void;
  onTimer(name: string, id: number): void;
}

export interface ClientActor extends Actor {
  /** A command typed by the operator at this client's terminal. */
  onOperator(command: OperatorCommand): void;
}

export interface KernelActor extends Actor {
  /** The kernel's data state as it holds it now; for the operator's own tooling (and the
   * harness's checks) — never used by the control plane. */
  inspect(): StateView;
}

export interface ClientConfig {
  readonly controlPlane: Address;
  /** How long the client waits for the control plane before telling the operator
   * "no response — outcome unknown". */
  readonly responseTimeoutMs: number;
}

export interface ControlPlaneConfig {
  readonly kernel: Address;
  /** How long the control plane waits for a kernel reply before answering "unknown". */
  readonly kernelTimeoutMs: number;
}

export interface KernelConfig {
  readonly controlPlane: Address;
}

/** The seam: everything a world needs to build the system under test. A module given to
 * `--sut` exports one of these as `default` (or as `sut`). */
export interface SystemUnderTest {
  readonly name: string;
  createClient(port: Port, config: ClientConfig): ClientActor;
  createControlPlane(port: Port, config: ControlPlaneConfig): Actor;
  createKernel(port: Port, config: KernelConfig): KernelActor;
}
