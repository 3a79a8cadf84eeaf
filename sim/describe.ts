// Short human descriptions of protocol values, for timelines and violation messages.

import type { Display, DurableRecord, Message, Operation, OperatorCommand, StateView } from '../src/protocol.ts';

export function describeOperation(operation: Operation): string {
  switch (operation.kind) {
    case 'create-collection':
      return `create-collection ${JSON.stringify(operation.name)}${operation.indexes.length > 0 ? ` [${operation.indexes.join(',')}]` : ''}`;
    case 'drop-collection':
      return `drop-collection ${JSON.stringify(operation.name)}`;
    case 'rename-collection':
      return `rename-collection ${JSON.stringify(operation.from)}→${JSON.stringify(operation.to)}`;
    case 'create-index':
    case 'drop-index':
      return `${operation.kind} ${JSON.stringify(operation.collection)}.${JSON.stringify(operation.field)}`;
    case 'set-config':
      return `set-config ${JSON.stringify(operation.key)}=${JSON.stringify(operation.value)}`;
    case 'create-snapshot':
      return `create-snapshot ${JSON.stringify(operation.name)}`;
    default:
      return JSON.stringify(operation);
  }
}

export function describeState(state: StateView): string {
  const collections = state.collections.map((c) => `${c.name}(${c.indexes.join(',')})`).join(' ');
  return `{${collections}${state.config.length > 0 ? ` config:${state.config.length}` : ''}${state.snapshots.length > 0 ? ` snapshots:${state.snapshots.length}` : ''}}`;
}

export function describeMessage(message: Message): string {
  switch (message.kind) {
    case 'submit':
    case 'dispatch':
      return `${message.kind} ${message.requestId} ${describeOperation(message.operation)}`;
    case 'challenge':
      return `challenge ${message.requestId} token ${message.token}`;
    case 'confirm':
    case 'abandon':
      return `${message.kind} ${message.requestId} token ${message.token}`;
    case 'observe':
    case 'outcome-query':
    case 'fenced-query':
    case 'read':
      return `${message.kind} ${message.requestId}`;
    case 'answer':
      return `answer ${message.requestId} ${message.outcome} (${message.source})${message.rejection !== null ? ` ${message.rejection.code}` : ''}`;
    case 'observed':
    case 'state':
      return `${message.kind} ${message.requestId} ${describeState(message.state)}`;
    case 'decision':
      return `decision ${message.requestId} ${describeDecisionKind(message.decision)}`;
    case 'duplicate':
      return `DUPLICATE ${message.requestId} first=${describeDecisionKind(message.first)}`;
    case 'query-answer':
      return `query-answer ${message.requestId} ${message.executed ? 'executed' : 'not executed'} first=${describeDecisionKind(message.first)}`;
    default:
      return JSON.stringify(message);
  }
}

function describeDecisionKind(decision: { kind: string; rejection?: { code: string } }): string {
  return decision.rejection !== undefined ? `${decision.kind}:${decision.rejection.code}` : decision.kind;
}

export function describeCommand(command: OperatorCommand): string {
  switch (command.kind) {
    case 'submit':
      return `submit intent ${command.intent}: ${describeOperation(command.operation)}`;
    case 'observe':
      return `observe intent ${command.intent}`;
    default:
      return `${command.kind} ${command.requestId}`;
  }
}

export function describeDisplay(display: Display): string {
  switch (display.kind) {
    case 'request-id':
      return `request id ${display.requestId} for intent ${display.intent}`;
    case 'challenge':
      return `challenge for ${display.requestId}: ${describeOperation(display.operation)}`;
    case 'outcome':
      return `outcome ${display.requestId}: ${display.outcome} (${display.source}) "${display.text}"`;
    case 'observed':
      return `observed ${display.requestId}: ${describeState(display.state)}`;
    default:
      return JSON.stringify(display);
  }
}

export function describeRecord(record: DurableRecord): string {
  switch (record.kind) {
    case 'EXEC':
      return `EXEC ${record.requestId} ${describeOperation(record.operation)}`;
    case 'REJECT':
      return `REJECT ${record.requestId} ${record.rejection.code}`;
    case 'FENCE':
      return `FENCE ${record.requestId}`;
    case 'AUDIT':
      return `AUDIT ${record.failure} ${record.requestId} ${record.outcome}`;
    default:
      return JSON.stringify(record);
  }
}
