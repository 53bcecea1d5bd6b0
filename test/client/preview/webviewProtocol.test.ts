// The panel <-> extension messages are validated on receipt: well-formed messages pass through,
// anything else (wrong types, out-of-range weights, unknown kinds) is rejected.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseExtensionMessage, parseWebviewMessage } from '../../../protocol/src/webviewProtocol';
import { canary9010 } from './splitFixtures';

const address = { resourceIndex: 0, protocol: 'http', routeIndex: 0, destinationIndex: 1 };

void describe('parseWebviewMessage', () => {
  void it('accepts the messages the panel sends', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    const setWeight = { type: 'setWeight', uri: 'file:///a.yaml', version: 4, address, weight: 25 };
    assert.deepEqual(parseWebviewMessage(setWeight), setWeight);
    const reveal = {
      type: 'reveal',
      uri: 'file:///a.yaml',
      address: { resourceIndex: 0, protocol: 'tcp', routeIndex: 2 },
    };
    assert.deepEqual(parseWebviewMessage(reveal), reveal);
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', uri: 'u', version: null, text: 'x' }), {
      type: 'rendered',
      uri: 'u',
      version: null,
      text: 'x',
    });
  });

  void it('rejects malformed messages', () => {
    const bad: unknown[] = [
      null,
      'ready',
      [],
      { type: 'unknown' },
      { type: 'setWeight', uri: 'u', version: 1, address, weight: 101 },
      { type: 'setWeight', uri: 'u', version: 1, address, weight: 2.5 },
      { type: 'setWeight', uri: 'u', version: 1, address, weight: '25' },
      { type: 'setWeight', uri: 'u', version: 1, address: { ...address, protocol: 'grpc' }, weight: 25 },
      { type: 'setWeight', uri: 'u', version: 1, address: { ...address, destinationIndex: -1 }, weight: 25 },
      {
        type: 'setWeight',
        uri: 'u',
        version: 1,
        address: { ...address, destinationIndex: undefined },
        weight: 25,
      },
      { type: 'setWeight', uri: 7, version: 1, address, weight: 25 },
      { type: 'setWeight', uri: 'u', version: 'one', address, weight: 25 },
      { type: 'reveal', uri: 'u', address: { resourceIndex: 'x', protocol: 'http', routeIndex: 0 } },
      { type: 'rendered', uri: 'u', version: 1 },
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
  });

  void it('drops unknown extra fields', () => {
    const parsed = parseWebviewMessage({ type: 'ready', extra: '<script>' });
    assert.deepEqual(parsed, { type: 'ready' });
  });
});

void describe('parseExtensionMessage', () => {
  void it('accepts an update with a split model and the test-only input simulation', () => {
    const model = { uri: 'file:///v.yaml', fileName: 'v.yaml', version: 1, resources: [canary9010()] };
    assert.deepEqual(parseExtensionMessage({ type: 'update', model }), { type: 'update', model });
    assert.deepEqual(parseExtensionMessage({ type: 'simulateWeightInput', address, weight: 30 }), {
      type: 'simulateWeightInput',
      address,
      weight: 30,
    });
  });

  void it('rejects updates whose model is not a split', () => {
    const bad: unknown[] = [
      { type: 'update' },
      { type: 'update', model: { uri: 'u', fileName: 'f', version: 1, resources: [{ name: 'x' }] } },
      { type: 'update', model: { uri: 'u', fileName: 'f', version: 1, resources: [], error: 3 } },
      { type: 'simulateWeightInput', address, weight: -1 },
    ];
    for (const message of bad) {
      assert.equal(parseExtensionMessage(message), undefined, JSON.stringify(message));
    }
  });
});
