// The oracles of one run as a single observer of the world. The world calls each of its
// observers through one call site per hook; with the facts, fourteen invariants and the
// situation detector behind that site, every call was a megamorphic lookup of an optional
// method that could not be inlined (~15% of a checked run). Here every call site names one
// class, so V8 inlines the invariants' cheap early returns.
//
// The order is the order of `createOracles`: the facts first (the invariants read what it
// has gathered), then the invariants in DESIGN.md's order, then the situation detector —
// per hook, only those that define it. A disabled invariant is null and is not called.

import type { Display, DurableRecord, Message, OperatorCommand } from '../../src/protocol.ts';
import type { WorldObserver } from '../observer.ts';
import type { SituationDetector } from '../situations.ts';
import type { Process, World } from '../world.ts';
import type { AuditComplete } from './audit.ts';
import type { ClientCrashBeforeSubmit, ConfirmRequired } from './client.ts';
import type { AbandonInert, CpNoCompensation, CpNoReplay, InvalidRejected, NoRetry } from './control-plane.ts';
import type { Facts, SentMessage } from './facts.ts';
import type { KernelAtomic, ObserveConsistent } from './kernel.ts';
import type { Liveness } from './liveness.ts';
import type { ExecAtMostOnce, OutcomeFromKernel, RejectVerbatim } from './outcomes.ts';

/** The oracles by name; an invariant that is disabled for this run is null. */
export interface OracleSet {
  readonly facts: Facts;
  readonly clientCrashBeforeSubmit: ClientCrashBeforeSubmit | null;
  readonly confirmRequired: ConfirmRequired | null;
  readonly outcomeFromKernel: OutcomeFromKernel | null;
  readonly cpNoReplay: CpNoReplay | null;
  readonly noRetry: NoRetry | null;
  readonly execAtMostOnce: ExecAtMostOnce | null;
  readonly rejectVerbatim: RejectVerbatim | null;
  readonly kernelAtomic: KernelAtomic | null;
  readonly observeConsistent: ObserveConsistent | null;
  readonly invalidRejected: InvalidRejected | null;
  readonly abandonInert: AbandonInert | null;
  readonly auditComplete: AuditComplete | null;
  readonly cpNoCompensation: CpNoCompensation | null;
  readonly liveness: Liveness | null;
  readonly situations: SituationDetector;
}

export class OracleObserver implements WorldObserver {
  constructor(private readonly o: OracleSet) {}

  onStart(world: World, process: Process): void {
    this.o.kernelAtomic?.onStart(world, process);
  }

  onStarted(world: World, process: Process): void {
    this.o.kernelAtomic?.onStarted(world, process);
  }

  onSend(world: World, id: number, cause: number, source: Process, target: Process, message: Message, dropped: string | null): void {
    const o = this.o;
    o.facts.onSend(world, id, cause, source, target, message, dropped);
    // an answer a control plane held for its audit sync: what caused it (Facts.cpHeld)
    if (o.facts.cpHeld.length > 0) cause = (o.facts.message(id) as SentMessage).cause;
    o.clientCrashBeforeSubmit?.onSend(world, id, cause, source, target, message);
    o.confirmRequired?.onSend(world, id, cause, source, target, message);
    o.outcomeFromKernel?.onSend(world, id, cause, source, target, message);
    o.cpNoReplay?.onSend(world, id, cause, source, target, message);
    o.noRetry?.onSend(world, id, cause, source, target, message);
    o.execAtMostOnce?.onSend(world, id, cause, source, target, message);
    o.rejectVerbatim?.onSend(world, id, cause, source, target, message);
    o.kernelAtomic?.onSend(world, id, cause, source, target, message);
    o.observeConsistent?.onSend(world, id, cause, source, target, message);
    o.invalidRejected?.onSend(world, id, cause, source, target, message);
    o.abandonInert?.onSend(world, id, cause, source, target);
    o.auditComplete?.onSend(world, id, cause, source, target, message);
    o.cpNoCompensation?.onSend(world, id, cause, source, target, message);
    o.liveness?.onSend(world, id, cause, source, target, message);
    o.situations.onSend(world, id, cause, source, target, message, dropped);
  }

  onDeliver(world: World, id: number, source: number, sourceIncarnation: number, target: Process, message: Message, duplicate: boolean): void {
    const o = this.o;
    o.facts.onDeliver(world, id, source, sourceIncarnation, target, message, duplicate);
    o.outcomeFromKernel?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.cpNoReplay?.onDeliver();
    o.execAtMostOnce?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.rejectVerbatim?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.kernelAtomic?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.observeConsistent?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.invalidRejected?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.abandonInert?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.auditComplete?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.cpNoCompensation?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.liveness?.onDeliver(world, id, source, sourceIncarnation, target, message);
    o.situations.onDeliver(world, id, source, sourceIncarnation, target, message, duplicate);
  }

  onDrop(world: World, id: number, source: number, target: number, message: Message): void {
    this.o.facts.onDrop(world, id, source, target, message);
    this.o.situations.onDrop(world, id, source, target, message);
  }

  onCommand(world: World, client: Process, command: OperatorCommand): void {
    const o = this.o;
    o.facts.onCommand(world, client, command);
    o.clientCrashBeforeSubmit?.onCommand(world, client, command);
    o.confirmRequired?.onCommand(world, client, command);
    o.outcomeFromKernel?.onCommand(world, client, command);
    o.situations.onCommand(world, client, command);
  }

  onDisplay(world: World, client: Process, display: Display): void {
    const o = this.o;
    o.facts.onDisplay(world, client, display);
    o.clientCrashBeforeSubmit?.onDisplay(world, client, display);
    o.confirmRequired?.onDisplay(world, client, display);
    o.outcomeFromKernel?.onDisplay(world, client, display);
    o.rejectVerbatim?.onDisplay(world, client, display);
    o.observeConsistent?.onDisplay(world, client, display);
    o.liveness?.onDisplay(world, client, display);
    o.auditComplete?.onDisplay(world, client, display);
    o.situations.onDisplay(world, client, display);
  }

  onAppend(world: World, process: Process, record: DurableRecord): void {
    const o = this.o;
    o.facts.onAppend(world, process, record);
    o.outcomeFromKernel?.onAppend(world, process, record);
    o.kernelAtomic?.onAppend(world, process, record);
    o.auditComplete?.onAppend(world, process, record);
    o.situations.onAppend(world, process, record);
  }

  onSync(world: World, process: Process): void {
    this.o.facts.onSync(world, process);
  }

  onCrash(world: World, process: Process, cause: string, lost: readonly DurableRecord[], unsynced: number): void {
    const o = this.o;
    o.facts.onCrash(world, process, cause, lost);
    o.clientCrashBeforeSubmit?.onCrash(world, process);
    o.execAtMostOnce?.onCrash(world, process);
    o.rejectVerbatim?.onCrash(world, process);
    o.kernelAtomic?.onCrash(world, process, cause, lost);
    o.invalidRejected?.onCrash(world, process);
    o.auditComplete?.onCrash(world, process, lost);
    o.liveness?.onCrash(world, process);
    o.situations.onCrash(world, process, cause, lost, unsynced);
  }

  onHandled(world: World, process: Process): void {
    const o = this.o;
    o.confirmRequired?.onHandled(world, process);
    o.outcomeFromKernel?.onHandled(world, process);
    o.rejectVerbatim?.onHandled(world, process);
    o.observeConsistent?.onHandled(world, process);
    o.invalidRejected?.onHandled(world, process);
    o.auditComplete?.onHandled(world, process);
    o.facts.onHandled(world, process);
  }

  onQuiet(world: World): void {
    this.o.liveness?.onQuiet(world);
  }

  onEnd(world: World): void {
    const o = this.o;
    o.clientCrashBeforeSubmit?.onEnd(world);
    o.confirmRequired?.onEnd(world);
    o.outcomeFromKernel?.onEnd(world);
    o.execAtMostOnce?.onEnd(world);
    o.rejectVerbatim?.onEnd(world);
    o.kernelAtomic?.onEnd(world);
    o.observeConsistent?.onEnd(world);
    o.invalidRejected?.onEnd(world);
    o.abandonInert?.onEnd(world);
    o.auditComplete?.onEnd(world);
    o.liveness?.onEnd(world);
  }
}
