// RE2 syntax as Istio's validation webhook checks it (pkg/config/validation validateStringRegexp):
// a pattern longer than 1024 characters is refused, and otherwise it must compile as RE2. The
// parser is re2js (a port of RE2), so a pattern is judged by the grammar Envoy will run it with,
// not by JavaScript's. Pure: no imports beyond re2js, usable from any layer.
import { RE2JS } from 're2js';

/** Istio approximates Envoy's RE2 program-size limit by the pattern's length. */
export const MAX_REGEX_LENGTH = 1024;

/**
 * Why Istio refuses a regex, in words for a diagnostic, or undefined when it accepts it. An empty
 * pattern is refused as well (the webhook's "regex string match should not be empty").
 */
export function re2Problem(pattern: string): string | undefined {
  if (pattern === '') return 'an empty regex is refused; remove the match or write a pattern';
  if (pattern.length > MAX_REGEX_LENGTH)
    return `the regex is ${pattern.length} characters long; Istio accepts at most ${MAX_REGEX_LENGTH}`;
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `not valid RE2 (${message.replace(/^error parsing regexp: /, '')})`;
  }
}
