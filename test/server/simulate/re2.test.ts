// RE2 patterns as Istio writes them, compiled to JavaScript: translated where the syntax differs,
// rejected where RE2 (and therefore Istio) rejects them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileRe2 } from '../../../server/src/features/simulate';

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
];

for (const [pattern, matches, misses] of accepted) {
  void test(`RE2 ${pattern} is accepted and anchored`, () => {
    const compiled = compileRe2(pattern);
    assert.equal(compiled.error, undefined);
    assert.ok(compiled.error === undefined);
    for (const text of matches) assert.ok(compiled.regex.test(text), `${pattern} matches ${text}`);
    for (const text of misses) assert.ok(!compiled.regex.test(text), `${pattern} does not match ${text}`);
  });
}

const rejected: [pattern: string, reason: string][] = [
  ['(?=foo)foo', 'lookahead'],
  ['foo(?!bar)', 'lookahead'],
  ['(?<=a)b', 'lookbehind'],
  ['(?<!a)b', 'lookbehind'],
  ['(a)\\1', 'backreferences'],
  ['(?<n>a)\\k<n>', 'named backreferences'],
  ['a{1001}', 'above 1000'],
  ['(?>a)', 'atomic'],
  ['a(?i)b', 'inline flags'],
  ['(unclosed', 'not a valid regular expression'],
  ['a**', 'not a valid regular expression'],
  ['[[:foo:]]', 'POSIX class'],
];

for (const [pattern, reason] of rejected) {
  void test(`RE2 ${pattern} is reported: ${reason}`, () => {
    const compiled = compileRe2(pattern);
    assert.ok(compiled.error !== undefined, `${pattern} should be rejected`);
    assert.ok(compiled.error.includes(reason), compiled.error);
  });
}
