// RE2 patterns as Istio writes them, compiled and matched by the linear-time RE2 engine
// (server/src/istio/regex.ts): accepted and anchored like Envoy's safe_regex, rejected where
// RE2 (and therefore Istio's webhook) rejects them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileRe2 } from '../../../server/src/istio/regex';

const accepted: [pattern: string, matches: string[], misses: string[]][] = [
  ['.*@gmail\\.com$', ['a@gmail.com'], ['a@gmail.com.evil', 'a@gmailxcom']],
  ['(?P<version>v[0-9]+)/.*', ['v2/items'], ['x/v2/items']],
  ['(?<version>v[0-9]+)', ['v12'], ['v']],
  ['\\A/api\\z', ['/api'], ['/api/']],
  ['\\Q1.5+\\E', ['1.5+'], ['105+', '1.55']],
  ['[[:digit:]]+-[[:alpha:]]+', ['12-ab'], ['ab-12']],
  ['\\pL+', ['héllo'], ['h3llo']],
  ['(?i)jason', ['JASON', 'Jason'], ['jasons']],
  ['[]a]+', [']a]'], ['b']],
  ['[^]a]', ['b'], [']', 'a']],
  ['a{2,1000}', ['aa'], ['a']],
  ['GET|POST', ['GET', 'POST'], ['GETPOST', 'PUT']],
  // RE2 accepts inline flags anywhere (the old JavaScript translation could not evaluate them).
  ['a(?i)b', ['aB', 'ab'], ['AB']],
  // Hostile for a backtracking engine, linear for RE2 (the timing is in `npm run bench`).
  ['([a-z]+)+-canary', ['abc-canary'], ['a'.repeat(36), `${'a'.repeat(36)}!`]],
];

for (const [pattern, matches, misses] of accepted) {
  void test(`RE2 ${pattern} is accepted and anchored`, () => {
    const compiled = compileRe2(pattern);
    assert.ok(compiled.ok, compiled.ok ? '' : compiled.error);
    for (const text of matches) assert.ok(compiled.matches(text), `${pattern} matches ${text}`);
    for (const text of misses) assert.ok(!compiled.matches(text), `${pattern} does not match ${text}`);
  });
}

const rejected: [pattern: string, reason: string][] = [
  ['(?=foo)foo', 'invalid or unsupported Perl syntax: `(?=`'],
  ['foo(?!bar)', 'invalid or unsupported Perl syntax: `(?!`'],
  ['(?<=a)b', 'invalid named capture'],
  ['(?<!a)b', 'invalid named capture'],
  ['(a)\\1', 'invalid escape sequence: `\\1`'],
  ['(?P<n>a)\\k<n>', 'invalid escape'],
  ['a{1001}', 'invalid repeat count'],
  ['(?>a)', 'invalid or unsupported Perl syntax'],
  ['(unclosed', 'missing closing )'],
  ['a**', 'invalid nested repetition operator'],
  ['[[:foo:]]', 'invalid character class range'],
  ['*', 'missing argument to repetition operator'],
  ['', 'empty regex'],
  ['a'.repeat(1025), 'at most 1024'],
];

for (const [pattern, reason] of rejected) {
  void test(`RE2 ${pattern.slice(0, 40)} is reported: ${reason}`, () => {
    const compiled = compileRe2(pattern);
    assert.ok(!compiled.ok, `${pattern} should be rejected`);
    assert.ok(compiled.error.includes(reason), compiled.error);
  });
}
