// The AeroDB Phase 7 wire protocol: operations on kernel state, the messages exchanged by
// client, control plane and kernel, the records of the durable logs, and what the client
// displays to the operator. Plain data only: every value here is JSON-serialisable and is
// never mutated after it is sent or appended.

/** An AeroDB admin action on kernel state. Some have several effects (a collection and its
 * indexes; a rename that drops one name and creates another), so that a partial
 * execution would be visible in the kernel's state. */
export type Operation =
  | { readonly kind: 'create-collection'; readonly name: string; readonly indexes: readonly string[] }
  | { readonly kind: 'drop-collection'; readonly name: string }
  | { readonly kind: 'rename-collection'; readonly from: string; readonly to: string }
  | { readonly kind: 'create-index'; readonly collection: string; readonly field: string }
  | { readonly kind: 'drop-index'; readonly collection: string; readonly field: string }
  | { readonly kind: 'set-config'; readonly key: string; readonly value: string }
  | { readonly kind: 'create-snapshot'; readonly name: string };

export type OperationKind = Operation['kind'];

/** A rejection: a stable code and a human explanation. Surfaced verbatim (spec 7.1). */
export interface Rejection {
  readonly code: string;
  readonly text: string;
}

/** The kernel's first decision about a request id. */
export type Decision =
  | { readonly kind: 'EXEC' }
  | { readonly kind: 'REJECT'; readonly rejection: Rejection }
  | { readonly kind: 'FENCE' };

/** The kernel's data state as it answers an observe: canonical (names sorted). */
export interface StateView {
  readonly collections: readonly { readonly name: string; readonly indexes: readonly string[] }[];
  readonly config: readonly { readonly key: string; readonly value: string }[];
  readonly snapshots: readonly { readonly name: string; readonly collections: readonly string[] }[];
}

export type Outcome = 'executed' | 'not-executed' | 'unknown';

/** Where a control-plane answer comes from, so the operator (and the oracles) can tell a
 * kernel decision from a validation result or an admission of ignorance. */
export type AnswerSource =
  | 'kernel-decision' // the kernel's reply to the dispatch
  | 'kernel-duplicate' // the kernel's DUPLICATE, translated into the first decision it names
  | 'kernel-query' // the kernel's answer to a fenced outcome query
  | 'validation' // the control plane's own validation, before any challenge
  | 'challenge-expired' // a confirm for a token this incarnation did not issue
  | 'timeout'; // no kernel reply in time

// ---- client → control plane -------------------------------------------------------------
export type ClientMessage =
  | { readonly kind: 'submit'; readonly requestId: string; readonly operation: Operation }
  | { readonly kind: 'confirm'; readonly requestId: string; readonly token: string }
  | { readonly kind: 'abandon'; readonly requestId: string; readonly token: string }
  | { readonly kind: 'observe'; readonly requestId: string }
  | { readonly kind: 'outcome-query'; readonly requestId: string };

// ---- control plane → client -------------------------------------------------------------
export type ControlPlaneReply =
  | { readonly kind: 'challenge'; readonly requestId: string; readonly token: string; readonly operation: Operation }
  | {
      readonly kind: 'answer';
      readonly requestId: string;
      readonly outcome: Outcome;
      readonly source: AnswerSource;
      /** The kernel's rejection, verbatim, or the control plane's validation rejection. */
      readonly rejection: Rejection | null;
      readonly text: string;
    }
  | { readonly kind: 'observed'; readonly requestId: string; readonly state: StateView };

// ---- control plane → kernel ---------------------------------------------------------------
export type KernelRequest =
  | { readonly kind: 'dispatch'; readonly requestId: string; readonly operation: Operation }
  | { readonly kind: 'fenced-query'; readonly requestId: string }
  | { readonly kind: 'read'; readonly requestId: string }
  /** Not used by the reference control plane: a data change that no operator confirmed
   * (rollback, cleanup, reconciliation). Exists so that such a control plane can be
   * written, and caught (spec 11). */
  | { readonly kind: 'compensate'; readonly requestId: string; readonly operation: Operation };

// ---- kernel → control plane -------------------------------------------------------------
export type KernelReply =
  | { readonly kind: 'decision'; readonly requestId: string; readonly decision: Decision }
  | { readonly kind: 'duplicate'; readonly requestId: string; readonly first: Decision }
  | { readonly kind: 'query-answer'; readonly requestId: string; readonly executed: boolean; readonly first: Decision }
  | { readonly kind: 'state'; readonly requestId: string; readonly state: StateView };

export type Message = ClientMessage | ControlPlaneReply | KernelRequest | KernelReply;
export type MessageKind = Message['kind'];

// ---- durable records ------------------------------------------------------------------------
/** The kernel's log: one record per decision, keyed by request id. */
export type KernelRecord =
  | { readonly kind: 'EXEC'; readonly requestId: string; readonly operation: Operation }
  | { readonly kind: 'REJECT'; readonly requestId: string; readonly rejection: Rejection }
  | { readonly kind: 'FENCE'; readonly requestId: string };

export type FailureType =
  | 'invalid-request' // 8.1
  | 'kernel-rejection' // 7.1
  | 'duplicate-request' // 6.2
  | 'kernel-timeout' // 6.1 / 7.2: no reply to a dispatch
  | 'challenge-expired' // 4.2 / 5.x: a confirm for another incarnation's challenge
  | 'abandoned' // 8.2
  | 'outcome-resolved'; // a fenced query resolved an earlier "unknown", or work in flight at a crash

/** The control plane's audit log (spec 9). */
export interface AuditRecord {
  readonly kind: 'AUDIT';
  readonly failure: FailureType;
  readonly timeMs: number;
  readonly requestId: string;
  readonly outcome: Outcome;
}

export type DurableRecord = KernelRecord | AuditRecord | { readonly kind: 'INTENT'; readonly data: string };

// ---- operator ↔ client ----------------------------------------------------------------
/** What the operator asks of its client. `intent` numbers the operator's intents. */
export type OperatorCommand =
  | { readonly kind: 'submit'; readonly intent: number; readonly operation: Operation }
  | { readonly kind: 'observe'; readonly intent: number }
  | { readonly kind: 'confirm'; readonly requestId: string }
  | { readonly kind: 'abandon'; readonly requestId: string }
  | { readonly kind: 'ask-outcome'; readonly requestId: string };

/** What the client displays to the operator. */
export type Display =
  | { readonly kind: 'request-id'; readonly intent: number; readonly requestId: string }
  | { readonly kind: 'challenge'; readonly requestId: string; readonly operation: Operation }
  | {
      readonly kind: 'outcome';
      readonly requestId: string;
      readonly outcome: Outcome;
      readonly source: AnswerSource | 'no-response';
      readonly rejection: Rejection | null;
      readonly text: string;
    }
  | { readonly kind: 'observed'; readonly requestId: string; readonly state: StateView };
