// Regular expressions as Envoy and Istio read them: RE2 syntax, matched against the whole value,
// in linear time. Both the validation (what Istio's webhook refuses) and the matching (what the
// proxy does) go through re2js, a JavaScript port of RE2, so a hostile pattern such as
// `([a-z]+)+-canary` cannot make the language server backtrack for seconds.
import { RE2JS } from 're2js';

/** Istio refuses longer patterns (an approximation of Envoy's RE2 program size limit). */
export const MAX_REGEX_LENGTH = 1024;

export type CompiledRe2 =
  | { readonly ok: true; readonly pattern: string; matches(text: string): boolean }
  | {
      readonly ok: false;
      readonly pattern: string;
      /** Why Istio refuses it, in words for a diagnostic: `not valid RE2 (…)`. */
      readonly error: string;
    };

/**
 * Compiles a pattern as Istio's webhook checks it (`regexp.Compile` in Go, which is RE2) and
 * returns a matcher that, like Envoy's `safe_regex`, must match the whole value. Never throws.
 */
export function compileRe2(pattern: string): CompiledRe2 {
  if (pattern === '')
    return { ok: false, pattern, error: 'an empty regex is refused; remove the match or write a pattern' };
  if (pattern.length > MAX_REGEX_LENGTH) {
    return {
      ok: false,
      pattern,
      error: `the regex is ${pattern.length} characters long; Istio accepts at most ${MAX_REGEX_LENGTH}`,
    };
  }
  try {
    const compiled = RE2JS.compile(pattern);
    return { ok: true, pattern, matches: (text: string) => compiled.matches(text) };
  } catch (error) {
    return { ok: false, pattern, error: explainRe2Error(pattern, error) };
  }
}

/**
 * Why Istio refuses a regex (pkg/config/validation validateStringRegexp), in words for a
 * diagnostic, or undefined when it accepts it.
 */
export function re2Problem(pattern: string): string | undefined {
  const compiled = compileRe2(pattern);
  return compiled.ok ? undefined : compiled.error;
}

/** Whether `text` matches `pattern` as a whole; undefined when the pattern is not valid RE2. */
export function re2FullMatch(pattern: string, text: string): boolean | undefined {
  const compiled = compileRe2(pattern);
  return compiled.ok ? compiled.matches(text) : undefined;
}

function explainRe2Error(_pattern: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const detail = raw.replace(/^error parsing regexp:\s*/, '');
  return `not valid RE2 (${detail})`;
}
