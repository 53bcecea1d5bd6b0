// Pure helpers for the Simulate Request command's inputs: parsing "name=value, name=value"
// lists and building the request. No VS Code imports, so tests run without an editor.
import { type SimulatedRequest } from '../../../protocol/src/protocol';

export type ParsedPairs = { pairs: Record<string, string> } | { error: string };

/**
 * Parses `end-user=jason, x-canary: true` into a record. Commas separate pairs and `=` or `:`
 * separates a name from its value; an empty input is an empty record.
 */
export function parseKeyValueList(text: string): ParsedPairs {
  const pairs: Record<string, string> = {};
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const separator = item.search(/[=:]/);
    const name = separator === -1 ? '' : item.slice(0, separator).trim();
    if (name === '') return { error: `"${item}" is not name=value` };
    pairs[name] = item.slice(separator + 1).trim();
  }
  return { pairs };
}

/** Inverse of parseKeyValueList, to prefill an input box with the last values. */
export function formatKeyValueList(pairs: Record<string, string> | undefined): string {
  return Object.entries(pairs ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}

/** Checks a request passed to the command as an argument (from a test, a link or another feature). */
export function readRequestArgument(argument: unknown): SimulatedRequest | undefined {
  if (argument === null || typeof argument !== 'object') return undefined;
  const record = argument as Record<string, unknown>;
  if (typeof record['host'] !== 'string' || record['host'].trim() === '') return undefined;
  const request: SimulatedRequest = { host: record['host'] };
  for (const key of [
    'gateway',
    'method',
    'uri',
    'scheme',
    'authority',
    'sourceNamespace',
    'grpcService',
    'grpcMethod',
  ] as const) {
    const value = record[key];
    if (typeof value === 'string') request[key] = value;
  }
  if (typeof record['port'] === 'number') request.port = record['port'];
  for (const key of ['headers', 'query', 'sourceLabels'] as const) {
    const value = record[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      );
      request[key] = Object.fromEntries(entries);
    }
  }
  return request;
}
