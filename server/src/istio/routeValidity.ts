// Which parts of an HTTP route's match Istio's webhook refuses (validateHTTPRouteMatchRequest):
// every `regex` of uri, scheme, method, authority, headers, withoutHeaders and queryParams must
// be valid RE2 of at most 1024 characters. A `withoutHeaders` regex of exactly `*` is Istio's
// "header absent" shorthand and is not compiled.
import { parseStringMatch, stringMatchRegexProblem } from './stringMatch';

/** The StringMatch fields of an HTTP match entry, with where they are in words. */
export const SINGLE_STRING_MATCH_FIELDS = ['uri', 'scheme', 'method', 'authority'] as const;
export const MAP_STRING_MATCH_FIELDS = ['headers', 'withoutHeaders', 'queryParams'] as const;

export interface RegexProblem {
  /** Index of the match entry. */
  readonly entry: number;
  /** `uri`, `headers[end-user]`, … */
  readonly field: string;
  readonly pattern: string;
  readonly problem: string;
}

/** Whether Istio compiles this regex (it skips `withoutHeaders` entries of exactly `*`). */
export function isCompiledRegex(mapField: string | undefined, pattern: string): boolean {
  return !(mapField === 'withoutHeaders' && pattern === '*');
}

/** The regexes of a match list (plain JSON) that Istio refuses, in order. */
export function regexProblems(match: readonly unknown[]): RegexProblem[] {
  const problems: RegexProblem[] = [];
  match.forEach((raw, entry) => {
    const record = asRecord(raw);
    const check = (field: string, value: unknown, mapField?: string): void => {
      const parsed = parseStringMatch(value);
      if (parsed.kind !== 'regex' || !isCompiledRegex(mapField, parsed.value)) return;
      const problem = stringMatchRegexProblem(parsed);
      if (problem !== undefined) problems.push({ entry, field, pattern: parsed.value, problem });
    };
    for (const field of SINGLE_STRING_MATCH_FIELDS) check(field, record[field]);
    for (const field of MAP_STRING_MATCH_FIELDS) {
      for (const [name, value] of Object.entries(asRecord(record[field])))
        check(`${field}[${name}]`, value, field);
    }
  });
  return problems;
}

/** Why Istio refuses a route because of its match, or undefined. */
export function matchRejection(match: readonly unknown[]): string | undefined {
  const first = regexProblems(match)[0];
  return (
    first && `match[${first.entry}].${first.field} regex ${JSON.stringify(first.pattern)}: ${first.problem}`
  );
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
