// What the world tells its observers (the oracles, the situation detector) as a run goes.
// Observers read; they never change the world. Each hook is optional.

import type { Display, DurableRecord, Message, OperatorCommand } from '../src/protocol.ts';
import type { Process, World } from './world.ts';

export interface WorldObserver {
  /** A process incarnation was built and is about to run onStart. */
  onStart?(world: World, process: Process): void;
  /** A process incarnation finished onStart without crashing. */
  onStarted?(world: World, process: Process): void;
  /** A message was handed to the network; `dropped` says if it will never arrive. */
  onSend?(world: World, id: number, cause: number, source: Process, target: Process, message: Message, dropped: string | null): void;
  /** A message is about to be handled by its target. */
  onDeliver?(world: World, id: number, source: number, sourceIncarnation: number, target: Process, message: Message, duplicate: boolean): void;
  /** A message arrived at a process that is down, or across a partition. */
  onDrop?(world: World, id: number, source: number, target: number, message: Message, reason: string): void;
  onCommand?(world: World, client: Process, command: OperatorCommand): void;
  onDisplay?(world: World, client: Process, display: Display): void;
  onAppend?(world: World, process: Process, record: DurableRecord): void;
  onSync?(world: World, process: Process): void;
  /** A process crashed; `unsynced` records were not synced, of which `lost` are gone. */
  onCrash?(world: World, process: Process, cause: string, lost: readonly DurableRecord[], unsynced: number): void;
  /** A handler (or onStart) returned without its process crashing. */
  onHandled?(world: World, process: Process): void;
  onQuiet?(world: World): void;
  onEnd?(world: World): void;
}
