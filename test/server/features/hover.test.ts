import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt } from '../../support/service';

const CANARY = (cursorOn: 'key' | 'weight' | 'enum') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      ${cursorOn === 'key' ? 'wei$0ght' : 'weight'}: ${cursorOn === 'weight' ? '9$00' : '90'}
    - destination:
        host: reviews
        subset: v2
      weight: 10
`;

describe('hover', () => {
  it('documents the key under the cursor, with its type', () => {
    const text = hoverAt(CANARY('key'));
    assert.ok(text);
    assert.match(text, /^\*\*weight\*\* · _integer_\n\n/);
    assert.match(text, /100/);
  });

  it('shows the route split on a weight value, marking this destination', () => {
    const text = hoverAt(CANARY('weight'));
    assert.ok(text);
    assert.match(text, /\| reviews › v1 \| 90 \| 90% ◀ \|/);
    assert.match(text, /\| reviews › v2 \| 10 \| 10% \|/);
  });

  it('documents enum values', () => {
    const text = hoverAt(`apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  trafficPolicy:
    loadBalancer:
      simple: LEAST_RE$0QUEST
`);
    assert.ok(text);
    assert.match(text, /^\*\*LEAST_REQUEST\*\*\n\n\S/);
  });

  it('says nothing outside Istio documents', () => {
    assert.equal(hoverAt('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  na$0me: x\n'), null);
  });
});
