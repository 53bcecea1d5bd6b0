// The cluster snapshot's client-side decisions (pure, no VS Code): when a trigger reads in each
// mode and trust state, what the status item and its tooltip say, that unread kinds are named
// once per context, and the preview's rendering of the live split and of controller-owned routes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  readParams,
  formatAge,
  newlyUnread,
  shouldRead,
  statusText,
  statusTooltip,
  type ClusterState,
} from '../../../client/src/cluster/clusterStatus';
import { render } from '../../../client/src/preview/webview/render';
import { canary9010 } from '../preview/splitFixtures';

void describe('cluster snapshot status', () => {
  test('untrusted or off never reads; the command and an apply read in onDemand; auto also on start-up and context change', () => {
    for (const trigger of ['startup', 'contextChange', 'apply', 'command'] as const) {
      assert.equal(shouldRead(trigger, 'auto', false), false, `untrusted ${trigger}`);
      assert.equal(shouldRead(trigger, 'off', true), false, `off ${trigger}`);
      assert.equal(shouldRead(trigger, 'auto', true), true, `auto ${trigger}`);
    }
    assert.equal(shouldRead('command', 'onDemand', true), true);
    assert.equal(shouldRead('apply', 'onDemand', true), true);
    assert.equal(shouldRead('startup', 'onDemand', true), false);
    assert.equal(shouldRead('contextChange', 'onDemand', true), false);
  });

  test('the age reads in seconds, minutes, hours and days', () => {
    assert.deepEqual([0, 40_000, 59_999, 60_000, 3_599_000, 7_200_000, 3 * 86_400_000].map(formatAge), [
      'just now',
      '40 s ago',
      '59 s ago',
      '1 min ago',
      '59 min ago',
      '2 h ago',
      '3 d ago',
    ]);
  });

  test('the item says "cluster dev · 40 s ago" and the tooltip names the kinds left open-world', () => {
    const ready: ClusterState = {
      kind: 'ready',
      snapshot: {
        context: 'dev',
        readAt: 1_000,
        objects: 12,
        unread: [
          { group: 'networking.istio.io', kind: 'Gateway', reason: 'forbidden' },
          { group: 'argoproj.io', kind: 'Rollout', reason: 'absent' },
        ],
      },
    };
    assert.equal(statusText(ready, 41_000), '$(cloud) cluster dev · 40 s ago $(warning)');
    const tooltip = statusTooltip(ready, 41_000);
    assert.match(tooltip, /context dev, read 40 s ago: 12 objects/);
    assert.match(tooltip, /Gateways \(networking\.istio\.io\): not allowed to list \(403\)/);
    assert.match(tooltip, /Rollouts \(argoproj\.io\): not installed/);
    assert.equal(statusText({ kind: 'reading', context: 'dev' }, 0), '$(sync~spin) cluster dev · reading…');
    assert.match(statusTooltip({ kind: 'reading', context: 'dev' }, 0), /Click to cancel/);
    assert.match(statusTooltip({ kind: 'untrusted' }, 0), /untrusted workspace \(kubectl never runs\)/);
    assert.equal(
      statusText({ kind: 'failed', context: 'prod', message: 'x' }, 0),
      '$(error) cluster prod · not read',
    );
  });

  test('each unread kind is named once per context', () => {
    const reported = new Set<string>();
    const unread = [{ group: 'networking.istio.io', kind: 'Gateway', reason: 'forbidden' as const }];
    assert.deepEqual(newlyUnread('dev', unread, reported), [
      'Cluster dev: Gateways (networking.istio.io): not allowed to list (403); references to them stay open-world.',
    ]);
    assert.deepEqual(newlyUnread('dev', unread, reported), []);
    assert.equal(newlyUnread('prod', unread, reported).length, 1);
  });

  test('the preview shows the live split beside the file split, and a controller-owned route', () => {
    const resource = canary9010();
    const route = resource.routes[0]!;
    const withLive = {
      ...resource,
      routes: [
        {
          ...route,
          live: { context: 'dev', percents: [100, 0], text: 'live 100/0, file 90/10', same: false },
          controller: 'Argo Rollout default/canary',
        },
      ],
    };
    const html = render({ uri: 'file:///w/v.yaml', fileName: 'v.yaml', version: 1, resources: [withLive] });
    assert.match(html, /<p class="live live-differs">Cluster dev: live 100\/0, file 90\/10<\/p>/);
    assert.match(html, /Weights set by Argo Rollout default\/canary/);
    const plain = render({ uri: 'file:///w/v.yaml', fileName: 'v.yaml', version: 1, resources: [resource] });
    assert.doesNotMatch(plain, /class="live|Weights set by/);
  });
});

void describe('the read request', () => {
  const kubectl = { kubectlPath: '/usr/bin/kubectl', timeoutSeconds: 12 };
  test('reads all namespaces when the setting is empty, and passes KUBECONFIG on', () => {
    assert.deepEqual(readParams('dev', [], kubectl, '/tmp/kubeconfig'), {
      context: 'dev',
      kubectlPath: '/usr/bin/kubectl',
      kubeconfig: '/tmp/kubeconfig',
      requestTimeoutSeconds: 12,
    });
  });
  test('reads the chosen namespaces, without blanks or repeats', () => {
    assert.deepEqual(readParams('dev', ['shop', ' ', 'shop', ' istio-system '], kubectl, undefined), {
      context: 'dev',
      namespaces: ['shop', 'istio-system'],
      kubectlPath: '/usr/bin/kubectl',
      requestTimeoutSeconds: 12,
    });
  });
});
