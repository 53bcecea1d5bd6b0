// Istio StringMatch (exact, prefix, regex) evaluated the way the proxy does, with regexes
// written for RE2 translated to JavaScript where the two agree and reported where they do not.
import { type SimulationMatchResult } from '../../../../protocol/src/protocol';

/** A StringMatch as written, reduced to what evaluation needs. `any` is the empty `{}` form. */
export type ParsedStringMatch =
  | { kind: 'exact' | 'prefix' | 'regex'; value: string }
  | { kind: 'any' }
  | { kind: 'invalid'; problem: string };

export function parseStringMatch(raw: unknown): ParsedStringMatch {
  if (raw === null || raw === undefined) return { kind: 'any' };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { kind: 'invalid', problem: 'is not a StringMatch object (expected exact, prefix or regex)' };
  }
  const record = raw as Record<string, unknown>;
  const kinds = (['exact', 'prefix', 'regex'] as const).filter((kind) => record[kind] !== undefined);
  if (kinds.length === 0) return { kind: 'any' };
  if (kinds.length > 1) {
    return { kind: 'invalid', problem: `sets ${kinds.join(' and ')}; Istio allows only one` };
  }
  const kind = kinds[0]!;
  const value = record[kind];
  if (typeof value !== 'string') {
    return { kind: 'invalid', problem: `${kind} must be a string (quote the value in YAML)` };
  }
  return { kind, value };
}

export function describeStringMatch(match: ParsedStringMatch): string {
  switch (match.kind) {
    case 'any':
      return 'any value (present)';
    case 'invalid':
      return `invalid StringMatch: ${match.problem}`;
    default:
      return `${match.kind} ${JSON.stringify(match.value)}`;
  }
}

export interface StringMatchOutcome {
  result: SimulationMatchResult;
  note?: string;
}

export interface StringMatchOptions {
  /** `ignoreUriCase`: exact and prefix compare case-insensitively; Envoy leaves regexes case-sensitive. */
  ignoreCase?: boolean;
}

/** Evaluates a StringMatch against a value; null means the request has no such value. */
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
      if (compiled.error !== undefined) return { result: 'no-match', note: compiled.error };
      const outcome: StringMatchOutcome = { result: compiled.regex.test(actual) ? 'match' : 'no-match' };
      const notes = [...compiled.notes];
      if (options.ignoreCase) {
        notes.push('ignoreUriCase does not apply to regex (Envoy matches regexes case-sensitively)');
      }
      if (notes.length > 0) outcome.note = notes.join('; ');
      return outcome;
    }
  }
}

export type CompiledRe2 =
  { regex: RegExp; notes: string[]; error?: undefined } | { error: string; notes: string[] };

const posixClasses: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/**
 * Compiles an RE2 pattern to a JavaScript RegExp anchored at both ends, because Envoy's
 * `safe_regex` must match the whole value. RE2 forms JavaScript spells differently are
 * translated (`(?P<name>`, `\A`, `\z`, `\Q…\E`, `[[:alpha:]]`, `\pL`, a leading `(?i)`);
 * forms RE2 does not accept (lookaround, backreferences, counts above 1000) are errors,
 * because Istio rejects such a VirtualService.
 */
export function compileRe2(pattern: string): CompiledRe2 {
  const notes: string[] = [];
  let flags = '';
  let source = '';
  let index = 0;
  let inClass = false;
  const leading = /^\(\?([imsU]+)\)/.exec(pattern);
  if (leading) {
    const leadingFlags = leading[1]!;
    if (leadingFlags.includes('U')) {
      return { error: 'the simulator cannot evaluate the RE2 ungreedy flag (?U)', notes };
    }
    flags += [...new Set(leadingFlags)].join('');
    index = leading[0].length;
  }
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (char === '\\') {
      const next = pattern[index + 1];
      if (next === undefined) {
        return { error: 'not valid RE2: the pattern ends with a lone backslash', notes };
      }
      if (/[1-9]/.test(next) && !inClass) {
        return {
          error: `not valid RE2: backreferences (\\${next}) are not supported, so Istio rejects it`,
          notes,
        };
      }
      if (next === 'k' && pattern[index + 2] === '<') {
        return {
          error: 'not valid RE2: named backreferences (\\k<name>) are not supported, so Istio rejects it',
          notes,
        };
      }
      if (next === 'C') return { error: 'the simulator cannot evaluate \\C (any byte)', notes };
      if (next === 'A' && !inClass) {
        source += '^';
        index += 2;
        continue;
      }
      if (next === 'z' && !inClass) {
        source += '$';
        index += 2;
        continue;
      }
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', index + 2);
        const literal = pattern.slice(index + 2, end === -1 ? undefined : end);
        source += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        index = end === -1 ? pattern.length : end + 2;
        continue;
      }
      if (next === 'p' || next === 'P') {
        if (!flags.includes('u')) flags += 'u';
        if (pattern[index + 2] === '{') {
          source += pattern.slice(index, index + 2);
          index += 2;
        } else {
          const letter = pattern[index + 2];
          if (letter === undefined) return { error: 'not valid RE2: \\p needs a class name', notes };
          source += `\\${next}{${letter}}`;
          index += 3;
        }
        continue;
      }
      source += char + next;
      index += 2;
      continue;
    }
    if (inClass) {
      if (char === '[' && pattern[index + 1] === ':') {
        const end = pattern.indexOf(':]', index + 2);
        const name = end === -1 ? '' : pattern.slice(index + 2, end);
        const replacement = posixClasses[name];
        if (replacement === undefined) {
          return { error: `the simulator cannot evaluate the POSIX class [:${name}:]`, notes };
        }
        source += replacement;
        index = end + 2;
        continue;
      }
      if (char === ']') inClass = false;
      source += char;
      index += 1;
      continue;
    }
    if (char === '[') {
      inClass = true;
      source += char;
      index += 1;
      // A `]` or `^]` right after the opening bracket is a literal in RE2; JavaScript needs it escaped.
      if (pattern[index] === '^') {
        source += '^';
        index += 1;
      }
      if (pattern[index] === ']') {
        source += '\\]';
        index += 1;
      }
      continue;
    }
    if (char === '(' && pattern[index + 1] === '?') {
      const rest = pattern.slice(index + 2);
      if (rest.startsWith('=') || rest.startsWith('!')) {
        return {
          error: 'not valid RE2: lookahead ((?= and (?!) is not supported, so Istio rejects it',
          notes,
        };
      }
      if (rest.startsWith('<=') || rest.startsWith('<!')) {
        return {
          error: 'not valid RE2: lookbehind ((?<= and (?<!) is not supported, so Istio rejects it',
          notes,
        };
      }
      if (rest.startsWith('>')) {
        return { error: 'not valid RE2: atomic groups (?>…) are not supported, so Istio rejects it', notes };
      }
      if (rest.startsWith('P<')) {
        source += '(?<';
        index += 4;
        continue;
      }
      if (rest.startsWith(':') || rest.startsWith('<')) {
        source += '(?';
        index += 2;
        continue;
      }
      return {
        error:
          'the simulator cannot evaluate inline flags inside the pattern (RE2 accepts them; JavaScript does not)',
        notes,
      };
    }
    if (char === '{') {
      const counted = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(index));
      if (counted) {
        const counts = [counted[1], counted[2]].filter((count) => count !== undefined && count !== '');
        if (counts.some((count) => Number(count) > 1000)) {
          return {
            error: 'not valid RE2: repetition counts above 1000 are rejected, so Istio rejects it',
            notes,
          };
        }
      }
    }
    source += char;
    index += 1;
  }
  try {
    return { regex: new RegExp(`^(?:${source})$`, flags), notes };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: `not a valid regular expression: ${message}`, notes };
  }
}
