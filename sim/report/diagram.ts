// The picture of one run for the report: an observer that records each process
// incarnation as a lane, each message as an arrow from its send to its delivery (or its
// drop), and crashes, restarts, lost records, operator commands and displays as marks; the
// steps of the violation are highlighted. sequence-svg.ts draws it.

import type { Display, DurableRecord, Message, OperatorCommand } from '../../src/protocol.ts';
import type { WorldObserver } from '../observer.ts';
import type { Violation } from '../verdict.ts';
import type { Process, World } from '../world.ts';
import type { Arrow, Diagram, Lane, Mark } from './sequence-svg.ts';

interface OpenLane {
  id: string;
  label: string;
  startMs: number;
  endMs: number | null;
  ended: 'crash' | 'alive';
}

interface Sent {
  from: string;
  sentMs: number;
  label: string;
}

function messageLabel(message: Message): string {
  const request = (message as { requestId?: unknown }).requestId;
  const decision = (message as { decision?: { kind?: unknown; rejection?: { code?: unknown; text?: unknown } } }).decision;
  const rejection = decision?.rejection;
  const said = rejection !== undefined ? ` ${String(rejection.code)} "${String(rejection.text)}"` : '';
  return `${message.kind}${typeof request === 'string' ? ` ${request}` : ''}${typeof decision?.kind === 'string' ? ` ${decision.kind}${said}` : ''}`;
}

export class DiagramRecorder implements WorldObserver {
  private readonly lanes: OpenLane[] = [];
  /** the live lane of each process address */
  private readonly current = new Map<number, OpenLane>();
  private readonly sent = new Map<number, Sent>();
  private readonly arrows: Omit<Arrow, 'highlight'>[] = [];
  private readonly marks: Omit<Mark, 'highlight'>[] = [];
  private endMs = 0;

  onStart(world: World, process: Process): void {
    const lane: OpenLane = { id: `${process.name}@${process.incarnation}`, label: `${process.name}@${process.incarnation}`, startMs: world.time, endMs: null, ended: 'alive' };
    const previous = this.current.get(process.address);
    this.lanes.push(lane);
    this.current.set(process.address, lane);
    if (previous !== undefined) this.marks.push({ lane: lane.id, timeMs: world.time, kind: 'restart', label: `restart (${process.records.length} durable records)`, step: world.steps });
  }

  onSend(world: World, id: number, _cause: number, source: Process, target: Process, message: Message, dropped: string | null): void {
    const from = this.current.get(source.address);
    if (from === undefined) return;
    this.sent.set(id, { from: from.id, sentMs: world.time, label: messageLabel(message) });
    if (dropped !== null) this.arrows.push({ from: from.id, to: this.current.get(target.address)?.id ?? from.id, sentMs: world.time, arrivedMs: null, label: `${messageLabel(message)} (${dropped})`, fate: 'dropped', step: null });
  }

  onDeliver(world: World, id: number, _source: number, _sourceIncarnation: number, target: Process, _message: Message, duplicate: boolean): void {
    const sent = this.sent.get(id);
    const to = this.current.get(target.address);
    if (sent === undefined || to === undefined) return;
    this.arrows.push({ from: sent.from, to: to.id, sentMs: sent.sentMs, arrivedMs: world.time, label: sent.label, fate: duplicate ? 'duplicate' : 'delivered', step: world.steps });
  }

  onDrop(world: World, id: number, _source: number, target: number, message: Message, reason: string): void {
    const sent = this.sent.get(id);
    const to = this.current.get(target);
    if (sent === undefined || to === undefined) return;
    this.arrows.push({ from: sent.from, to: to.id, sentMs: sent.sentMs, arrivedMs: world.time, label: `${messageLabel(message)} (${reason})`, fate: 'refused', step: world.steps });
  }

  onCommand(world: World, client: Process, command: OperatorCommand): void {
    const lane = this.current.get(client.address);
    if (lane !== undefined) this.marks.push({ lane: lane.id, timeMs: world.time, kind: 'command', label: `operator: ${command.kind}`, step: world.steps });
  }

  onDisplay(world: World, client: Process, display: Display): void {
    const lane = this.current.get(client.address);
    const request = (display as { requestId?: unknown }).requestId;
    if (lane !== undefined) this.marks.push({ lane: lane.id, timeMs: world.time, kind: 'display', label: `shows ${display.kind}${typeof request === 'string' ? ` ${request}` : ''}`, step: world.steps });
  }

  onAppend(world: World, process: Process, record: DurableRecord): void {
    const lane = this.current.get(process.address);
    if (lane !== undefined && process.address === 0) this.marks.push({ lane: lane.id, timeMs: world.time, kind: 'append', label: `append ${(record as { kind?: string }).kind ?? 'record'}`, step: world.steps });
  }

  onCrash(world: World, process: Process, cause: string, lost: readonly DurableRecord[]): void {
    const lane = this.current.get(process.address);
    if (lane === undefined) return;
    lane.endMs = world.time;
    lane.ended = 'crash';
    this.marks.push({ lane: lane.id, timeMs: world.time, kind: 'crash', label: `crash (${cause})`, step: world.steps });
    if (lost.length > 0) this.marks.push({ lane: lane.id, timeMs: world.time, kind: 'lost-records', label: `${lost.length} unsynced record(s) lost`, step: world.steps });
  }

  onEnd(world: World): void {
    this.endMs = world.time;
  }

  /** The diagram, with the steps that led to the violations highlighted. */
  diagram(title: string, violations: readonly Violation[]): Diagram {
    const steps = new Set(violations.flatMap((violation) => violation.steps));
    const lanes: Lane[] = this.lanes.map((lane) => ({ ...lane }));
    const arrows: Arrow[] = this.arrows.map((arrow) => ({ ...arrow, highlight: arrow.step !== null && steps.has(arrow.step) }));
    const marks: Mark[] = this.marks.map((mark) => ({ ...mark, highlight: mark.step !== null && steps.has(mark.step) }));
    for (const violation of violations.slice(0, 3)) {
      // on the lane that handled the violating step, or the first lane
      const at = [...arrows].reverse().find((arrow) => arrow.step === violation.step)?.to ?? marks.find((mark) => mark.step === violation.step)?.lane ?? lanes[0]?.id;
      if (at !== undefined) marks.push({ lane: at, timeMs: violation.timeMs, kind: 'violation', label: `✗ ${violation.invariant}: ${violation.explanation}`, step: violation.step, highlight: true });
    }
    return { title, lanes, arrows, marks, endMs: this.endMs };
  }
}
