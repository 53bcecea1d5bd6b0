// Every request handler runs through runSafe: a cancelled request answers with the LSP
// cancellation error, and an exception becomes an empty result plus a log line, never a crash.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export type Logger = (message: string) => void;

export async function runSafe<T>(
  log: Logger,
  what: string,
  token: CancellationToken | undefined,
  fallback: T,
  work: () => T | Promise<T>,
): Promise<T | ResponseError<undefined>> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await work();
    if (token?.isCancellationRequested) return cancelled();
    return result;
  } catch (error) {
    log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}

function cancelled(): ResponseError<undefined> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
