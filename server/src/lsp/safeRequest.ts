// Every request handler runs through runSafe: a cancelled request answers with the LSP
// cancellation error, and an exception becomes an empty result plus a log line, never a crash.
// The workspace scan's workers pause while a handler computes (indexing/pause.ts).
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { indexPause } from '../indexing/pause';

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
    // The index workers pause while the request computes (not while it awaits I/O).
    const result = await indexPause.during(work);
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
