// What crosses a port is sealed: a message as it is sent, a record as it is appended, a
// display as it is shown, an operator's command as it is typed. The world passes objects by
// reference, and the oracles keep and read the very objects a system sent (the facts, the
// durable logs, the trace's timeline). A system that edited a message after sending it, or
// a record after appending it, would rewrite the evidence along with what the receiver
// sees: red team 11 had a client cut the names in a challenge it displayed, in place, and
// the control plane dispatched the cut names (its pending challenge was the same object),
// with nothing flagged. Sealed, such an edit throws, and the run ends with a verdict that
// names it (sut-error) and a replay command.

/** Freezes a plain-data value and everything in it (depth-bounded like the trace's walk). */
export function seal<T>(value: T): T {
  freeze(value, 0);
  return value;
}

function freeze(value: unknown, depth: number): void {
  if (typeof value !== 'object' || value === null || depth > 16) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freeze(value[i], depth + 1);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) freeze(record[key], depth + 1);
  }
  Object.freeze(value);
}
