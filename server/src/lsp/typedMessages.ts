// Registers and sends the extension's custom messages through their typed definitions
// (protocol/src/messages.ts), so a handler's parameter and result types follow the protocol.
import type { CancellationToken, Connection, ResponseError } from 'vscode-languageserver';
import type { NotificationDefinition, RequestDefinition } from '../../../protocol/src/messages';

export function onRequest<P, R>(
  connection: Connection,
  type: RequestDefinition<P, R>,
  handler: (params: P, token: CancellationToken) => Promise<R | ResponseError<undefined>>,
): void {
  // The handler's types come from the definition; the connection's generic overloads cannot
  // follow a type parameter through their conditional result type, so it sees plain values.
  connection.onRequest(type.method, (params: unknown, token: CancellationToken): Promise<unknown> =>
    handler(params as P, token),
  );
}

export function onNotification<P>(
  connection: Connection,
  type: NotificationDefinition<P>,
  handler: (params: P) => void,
): void {
  connection.onNotification(type.method, handler);
}

export function sendNotification<P>(
  connection: Connection,
  type: NotificationDefinition<P>,
  params: P,
): void {
  void connection.sendNotification(type.method, params);
}
