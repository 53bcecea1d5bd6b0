// Typed definitions of custom requests and notifications: a method name that carries its
// parameter and result types, in the spirit of vscode-jsonrpc's RequestType but plain objects,
// so this folder needs no LSP library. The client sends through `ServerConnection.sendRequest`,
// the server registers through `lsp/typedHandlers.ts`; both take these objects, never a string.

/** A request the client sends to the server. The type parameters exist only for the checker. */
export interface RequestDefinition<P, R> {
  readonly method: string;
  /** Never set: carries the parameter type. */
  readonly _params?: P;
  /** Never set: carries the result type. */
  readonly _result?: R;
}

/** A notification, in either direction. */
export interface NotificationDefinition<P> {
  readonly method: string;
  /** Never set: carries the parameter type. */
  readonly _params?: P;
}

export function requestType<P, R>(method: string): RequestDefinition<P, R> {
  return { method };
}

export function notificationType<P>(method: string): NotificationDefinition<P> {
  return { method };
}

export type ParamsOf<T> =
  T extends RequestDefinition<infer P, unknown> ? P : T extends NotificationDefinition<infer P> ? P : never;
export type ResultOf<T> = T extends RequestDefinition<unknown, infer R> ? R : never;
