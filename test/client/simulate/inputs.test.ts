// The Simulate Request command's pure input handling: name=value lists and request arguments.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatKeyValueList,
  parseKeyValueList,
  readRequestArgument,
} from '../../../client/src/simulate/inputs';

const lists: [input: string, expected: ReturnType<typeof parseKeyValueList>][] = [
  ['', { pairs: {} }],
  ['  ', { pairs: {} }],
  ['end-user=jason', { pairs: { 'end-user': 'jason' } }],
  ['end-user: jason, x-canary=true', { pairs: { 'end-user': 'jason', 'x-canary': 'true' } }],
  ['a=1,,b=', { pairs: { a: '1', b: '' } }],
  ['token=a=b', { pairs: { token: 'a=b' } }],
  ['novalue', { error: '"novalue" is not name=value' }],
  ['=x', { error: '"=x" is not name=value' }],
];

for (const [input, expected] of lists) {
  void test(`parseKeyValueList ${JSON.stringify(input)}`, () => {
    assert.deepEqual(parseKeyValueList(input), expected);
  });
}

void test('formatKeyValueList round-trips', () => {
  const pairs = { 'end-user': 'jason', b: '2' };
  assert.equal(formatKeyValueList(pairs), 'end-user=jason, b=2');
  assert.deepEqual(parseKeyValueList(formatKeyValueList(pairs)), { pairs });
  assert.equal(formatKeyValueList(undefined), '');
});

void test('readRequestArgument keeps typed fields and drops the rest', () => {
  assert.equal(readRequestArgument(undefined), undefined);
  assert.equal(readRequestArgument({ host: ' ' }), undefined);
  assert.equal(readRequestArgument('reviews'), undefined);
  assert.deepEqual(
    readRequestArgument({
      host: 'reviews',
      gateway: 'mesh',
      port: '80',
      headers: { 'end-user': 'jason', n: 1 },
      query: [],
      show: true,
    }),
    { host: 'reviews', gateway: 'mesh', headers: { 'end-user': 'jason' } },
  );
});
