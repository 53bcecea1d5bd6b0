// Unit tests for the snippet expander the snippet tests rely on: each case is a snippet body and
// the text VS Code shows after inserting it and tabbing through every tab stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandSnippet, parseSnippet } from '../support/snippetExpander';

const cases: readonly { readonly name: string; readonly body: string; readonly expected: string }[] = [
  { name: 'plain text', body: 'kind: Gateway', expected: 'kind: Gateway' },
  { name: 'bare tab stops are empty', body: 'a$1b${2}c$0', expected: 'abc' },
  { name: 'placeholder default', body: 'name: ${1:reviews}', expected: 'name: reviews' },
  { name: 'mirror copies the default', body: '${1:v1} and $1 and ${1}', expected: 'v1 and v1 and v1' },
  {
    name: 'mirror before its default still gets the value',
    body: 'host: $3\nname: ${3:reviews}',
    expected: 'host: reviews\nname: reviews',
  },
  { name: 'later default does not override the first', body: '${1:a} ${1:b}', expected: 'a a' },
  { name: 'nested placeholders', body: '${1:outer ${2:inner} end} $2', expected: 'outer inner end inner' },
  {
    name: 'choice takes the first option',
    body: 'protocol: ${1|HTTP,HTTPS,TCP|}',
    expected: 'protocol: HTTP',
  },
  { name: 'choice mirror', body: '${1|a,b|}-$1', expected: 'a-a' },
  { name: 'escaped characters in a choice', body: '${1|a\\,b,c\\|d|}', expected: 'a,b' },
  { name: 'escaped dollar and brace', body: 'cost: \\$5 \\} \\\\', expected: 'cost: $5 } \\' },
  { name: 'escaped brace inside a placeholder', body: '${1:a\\}b}', expected: 'a}b' },
  { name: 'closing brace at top level is text', body: 'a } b', expected: 'a } b' },
  { name: 'lone dollar is text', body: 'price $ and ${ and $', expected: 'price $ and ${ and $' },
  { name: 'unclosed placeholder is text', body: '${1:abc', expected: '${1:abc' },
  { name: 'backslash before other characters is kept', body: 'a\\nb', expected: 'a\\nb' },
  { name: 'unknown variable becomes its name', body: 'x: $NOT_A_VARIABLE', expected: 'x: NOT_A_VARIABLE' },
  { name: 'unset known variable uses its default', body: '${TM_SELECTED_TEXT:none}', expected: 'none' },
  { name: 'unset known variable without default is empty', body: '[$TM_SELECTED_TEXT]', expected: '[]' },
  { name: 'unknown variable with default uses the default', body: '${NOPE:fallback}', expected: 'fallback' },
  {
    name: 'placeholder inside a variable default',
    body: '${TM_SELECTED_TEXT:${1:default}}|$1',
    expected: 'default|default',
  },
  {
    name: 'transform on a mirror',
    body: '${1:reviews} ${1/(.*)/${1:/upcase}/}',
    expected: 'reviews REVIEWS',
  },
  {
    name: 'conditional transform',
    body: '${1:10} ${1/^(10)$|^(20)$/${1:+90}${2:+80}/}',
    expected: '10 90',
  },
  {
    name: 'transform else branch when nothing matched',
    body: '${1:x} ${1/^(a)$/${1:?yes:no}/}',
    expected: 'x no',
  },
  {
    name: 'transform with escaped slash and global flag',
    body: '${1:a/b/c} ${1/\\//-/g}',
    expected: 'a/b/c a-b-c',
  },
  {
    name: 'pascal and camel case',
    body: '${1:my-app} ${1/(.*)/${1:/pascalcase}/} ${1/(.*)/${1:/camelcase}/}',
    expected: 'my-app MyApp myApp',
  },
  { name: 'self-referencing placeholder does not loop', body: '${1:a${1}b}', expected: 'ab' },
];

for (const { name, body, expected } of cases) {
  void test(`expandSnippet: ${name}`, () => {
    assert.equal(expandSnippet(body).text, expected);
  });
}

void test('expandSnippet: array bodies are joined with newlines', () => {
  assert.equal(expandSnippet(['a: ${1:x}', 'b: $1']).text, 'a: x\nb: x');
});

void test('expandSnippet: variables given by the caller are used and transformed', () => {
  const result = expandSnippet('${TM_FILENAME_BASE/(.*)/${1:/upcase}/} $TM_FILENAME', {
    variables: { TM_FILENAME_BASE: 'reviews', TM_FILENAME: 'reviews.yaml' },
  });
  assert.equal(result.text, 'REVIEWS reviews.yaml');
});

void test('expandSnippet: reports tab stops with offsets, lengths and mirrors', () => {
  const result = expandSnippet('name: ${1:reviews}\nhost: $1\nweight: ${2:90}\n$0');
  assert.equal(result.text, 'name: reviews\nhost: reviews\nweight: 90\n');
  const stops = result.tabStops.map((s) => [
    s.index,
    result.text.slice(s.offset, s.offset + s.length),
    s.mirror,
  ]);
  assert.deepEqual(stops, [
    [1, 'reviews', false],
    [1, 'reviews', true],
    [2, '90', false],
    [0, '', false],
  ]);
});

void test('expandSnippet: nested tab stops are reported inside their parent', () => {
  const result = expandSnippet('${1:a ${2:b}}');
  assert.deepEqual(
    result.tabStops.map((s) => [s.index, s.offset, s.length]),
    [
      [1, 0, 3],
      [2, 2, 1],
    ],
  );
});

void test('parseSnippet: builds placeholder, choice and variable nodes', () => {
  assert.deepEqual(parseSnippet('${1:a}${2|x,y|}$HOME'), [
    { kind: 'placeholder', index: 1, children: [{ kind: 'text', value: 'a' }] },
    { kind: 'choice', index: 2, options: ['x', 'y'] },
    { kind: 'variable', name: 'HOME' },
  ]);
});

void test('parseSnippet: an invalid transform regex is kept as text instead of throwing', () => {
  assert.equal(expandSnippet('${1/(/x/}').text, '${1/(/x/}');
});
