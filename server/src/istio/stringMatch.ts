// Istio's StringMatch (`exact`, `prefix`, `regex`) as the proxy evaluates it, how it is
// described to people, and which forms Istio's webhook refuses. One implementation for the
// diagnostics, the split's match text, the simulator and the hover.
import { compileRe2 } from './regex';

/** A StringMatch as written, reduced to what evaluation needs. `any` is the empty `{}` form. */
export type ParsedStringMatch =
  | { readonly kind: 'exact' | 'prefix' | 'regex'; readonly value: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'invalid'; readonly problem: string };

export function parseStringMatch(raw: unknown): ParsedStringMatch {
  if (raw === null || raw === undefined) return { kind: 'any' };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { kind: 'invalid', problem: 'is not a StringMatch object (expected exact, prefix or regex)' };
  }
  const record = raw as Record<string, unknown>;
  const kinds = (['exact', 'prefix', 'regex'] as const).filter((kind) => record[kind] !== undefined);
  if (kinds.length === 0) return { kind: 'any' };
  if (kinds.length > 1)
    return { kind: 'invalid', problem: `sets ${kinds.join(' and ')}; Istio allows only one` };
  const kind = kinds[0]!;
  const value = record[kind];
  if (typeof value !== 'string')
    return { kind: 'invalid', problem: `${kind} must be a string (quote the value in YAML)` };
  return { kind, value };
}

/**
 * A StringMatch in words. `words` (split, CodeLens, preview): `= jason`, `prefix /reviews`,
 * `matches ^v[0-9]+$`, undefined for the empty form (the caller says "present"). `trace` (the
 * simulator's conditions): `exact "jason"`, `any value (present)`.
 */
export function describeStringMatch(match: ParsedStringMatch, style: 'trace'): string;
export function describeStringMatch(match: ParsedStringMatch, style?: 'words'): string | undefined;
export function describeStringMatch(
  match: ParsedStringMatch,
  style: 'words' | 'trace' = 'words',
): string | undefined {
  if (style === 'trace') {
    if (match.kind === 'any') return 'any value (present)';
    if (match.kind === 'invalid') return `invalid StringMatch: ${match.problem}`;
    return `${match.kind} ${JSON.stringify(match.value)}`;
  }
  switch (match.kind) {
    case 'any':
      return undefined;
    case 'invalid':
      return `(invalid: ${match.problem})`;
    case 'exact':
      return `= ${match.value}`;
    case 'prefix':
      return `prefix ${match.value}`;
    case 'regex':
      return `matches ${match.value}`;
  }
}

/** The regex of a StringMatch that Istio refuses, with the reason; undefined when it is fine. */
export function stringMatchRegexProblem(match: ParsedStringMatch): string | undefined {
  if (match.kind !== 'regex') return undefined;
  const compiled = compileRe2(match.value);
  return compiled.ok ? undefined : compiled.error;
}

export type StringMatchResult = 'match' | 'no-match' | 'unknown';

export interface StringMatchOutcome {
  readonly result: StringMatchResult;
  readonly note?: string;
}

export interface StringMatchOptions {
  /** `ignoreUriCase`: exact and prefix compare case-insensitively; Envoy leaves regexes case-sensitive. */
  readonly ignoreCase?: boolean;
}

/** Evaluates a StringMatch against a value as Envoy does; null means the request has no such value. */
export function evaluateStringMatch(
  match: ParsedStringMatch,
  actual: string | null,
  options: StringMatchOptions = {},
): StringMatchOutcome {
  if (match.kind === 'invalid') return { result: 'no-match', note: `Istio rejects this: ${match.problem}` };
  if (actual === null) return { result: 'no-match', note: 'the request does not have it' };
  const fold = (text: string): string => (options.ignoreCase ? text.toLowerCase() : text);
  switch (match.kind) {
    case 'any':
      return { result: 'match' };
    case 'exact':
      return { result: fold(actual) === fold(match.value) ? 'match' : 'no-match' };
    case 'prefix':
      return { result: fold(actual).startsWith(fold(match.value)) ? 'match' : 'no-match' };
    case 'regex': {
      const compiled = compileRe2(match.value);
      if (!compiled.ok) return { result: 'no-match', note: compiled.error };
      const result = compiled.matches(actual) ? 'match' : 'no-match';
      return options.ignoreCase
        ? { result, note: 'ignoreUriCase does not apply to regex (Envoy matches regexes case-sensitively)' }
        : { result };
    }
  }
}

/**
 * A `withoutHeaders` entry as pilot translates it (route.go TranslateRouteMatch): the empty form
 * (and `regex: "*"`, which the caller turns into it) is an inverted presence match, true when
 * the header is absent; any other StringMatch is inverted with Envoy's
 * `treat_missing_header_as_empty`, so a missing header is matched as the empty value first.
 * `exact: ""` and `regex: ".*"` therefore match an empty value and a missing header alike, and
 * the entry refuses both.
 */
export function evaluateWithoutHeader(match: ParsedStringMatch, actual: string | null): StringMatchOutcome {
  if (match.kind === 'invalid') return evaluateStringMatch(match, actual);
  if (match.kind === 'any') return { result: actual === null ? 'match' : 'no-match' };
  const inner = evaluateStringMatch(match, actual ?? '');
  const result = inner.result === 'match' ? 'no-match' : 'match';
  const missing = actual === null ? 'a missing header counts as the empty value' : undefined;
  const note = [missing, inner.note].filter((n) => n !== undefined).join('; ');
  return note ? { result, note } : { result };
}
