// The preview's model of a Kustomize overlay, from the server's answer to istioCanary/renderOverlay:
// titled by the overlay folder, findings placed where they are written, and each refusal
// (untrusted, remote base, no kubectl, kustomize error) said in words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RenderOverlayResult } from '../../../protocol/src/overlay';
import { UNTRUSTED_OVERLAY_MESSAGE, overlayModel } from '../../../client/src/preview/overlayModel';
import { parseExtensionMessage } from '../../../protocol/src/webviewProtocol';
import { canary9010 } from './splitFixtures';

const shown = { uri: 'file:///ws/overlays/canary/kustomization.yaml', folder: 'overlays/canary' };
const relative = (uri: string) => uri.replace('file:///ws/', '');

void describe('overlayModel', () => {
  void it('shows the rendered split, titled by the folder, with findings where they are written', () => {
    const result: RenderOverlayResult = {
      ok: true,
      folder: 'file:///ws/overlays/canary',
      command: 'kubectl kustomize /ws/overlays/canary',
      renderedUri: 'file:///ws/overlays/canary/.kustomize-rendered.yaml',
      resources: [canary9010(undefined, [80, 20])],
      findings: [
        {
          severity: 'warning',
          code: 'weight-sum',
          message: 'weights add up to 110',
          resource: 'VirtualService payments/checkout',
          at: { uri: shown.uri, range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } } },
        },
      ],
      watch: ['file:///ws/overlays/canary', 'file:///ws/base'],
    };
    const model = overlayModel(shown, result, relative);
    assert.equal(model.fileName, 'overlays/canary (kubectl kustomize)');
    assert.equal(model.version, null);
    assert.deepEqual(
      model.resources[0]!.routes[0]!.destinations.map((d) => d.percent),
      [80, 20],
    );
    assert.deepEqual(model.rendered, {
      folder: 'overlays/canary',
      command: 'kubectl kustomize overlays/canary',
      findings: [
        {
          severity: 'warning',
          code: 'weight-sum',
          message: 'VirtualService payments/checkout: weights add up to 110',
          where: 'overlays/canary/kustomization.yaml:9',
        },
      ],
    });
    // The webview accepts it (the panel validates what it receives).
    assert.deepEqual(parseExtensionMessage({ type: 'update', model }), { type: 'update', model });
  });

  void it('says why nothing was rendered', () => {
    const failed = (reason: Extract<RenderOverlayResult, { ok: false }>['reason'], message: string) =>
      overlayModel(shown, { ok: false, reason, message, watch: [] }, relative);
    assert.equal(
      failed('remote', 'overlays/canary: remote bases are not rendered (only local ones): github.com/x/y')
        .error,
      'kubectl kustomize overlays/canary was not run: overlays/canary: remote bases are not rendered (only local ones): github.com/x/y',
    );
    assert.equal(
      failed('missing', 'kubectl was not found ("kubectl"). Install kubectl or set istioCanary.kubectlPath.')
        .error,
      'kubectl was not found ("kubectl"). Install kubectl or set istioCanary.kubectlPath. The overlay could not be rendered.',
    );
    assert.match(failed('failed', UNTRUSTED_OVERLAY_MESSAGE).error!, /only in a trusted workspace/);
    assert.equal(failed('failed', 'x').resources.length, 0);
    assert.equal(failed('failed', 'x').rendered, undefined);
  });

  void it('the webview refuses a malformed rendered part', () => {
    const model = { uri: 'u', fileName: 'f', version: null, resources: [], rendered: { folder: 1 } };
    assert.equal(parseExtensionMessage({ type: 'update', model }), undefined);
  });
});
