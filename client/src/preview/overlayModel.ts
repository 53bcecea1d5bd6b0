// The preview of a Kustomize overlay: the panel's model built from the server's rendered split
// (protocol/src/overlay.ts), or the reason there is none. Pure (no vscode import), so plain Node
// tests cover it; the panel (trafficSplitPanel.ts) decides trust and sends the request.
import type { RenderOverlayResult } from '../../../protocol/src/overlay';
import type { PreviewModel } from '../../../protocol/src/webviewProtocol';

/** What the panel says in an untrusted workspace instead of rendering (kubectl never runs). */
export const UNTRUSTED_OVERLAY_MESSAGE =
  'Previewing a Kustomize overlay runs `kubectl kustomize`, which Istio Canary does only in a trusted workspace. Trust this workspace to preview the rendered split.';

export interface OverlayDocument {
  /** The kustomization file. */
  readonly uri: string;
  /** Its folder relative to the workspace (`overlays/canary`). */
  readonly folder: string;
}

/** The panel's model for an answer of `istioCanary/renderOverlay`. */
export function overlayModel(
  document: OverlayDocument,
  result: RenderOverlayResult,
  /** A file URI as the panel shows it: relative to the workspace. */
  relative: (uri: string) => string,
): PreviewModel {
  const command = `kubectl kustomize ${document.folder}`;
  const base = { uri: document.uri, fileName: `${document.folder} (kubectl kustomize)`, version: null };
  if (!result.ok)
    return {
      ...base,
      resources: [],
      error:
        result.reason === 'remote'
          ? `${command} was not run: ${result.message}`
          : result.reason === 'missing'
            ? `${result.message.replace(/\.$/, '')}. The overlay could not be rendered.`
            : result.message,
    };
  return {
    ...base,
    resources: result.resources,
    rendered: {
      folder: document.folder,
      command,
      findings: result.findings.map((f) => ({
        severity: f.severity,
        code: f.code,
        message: f.resource ? `${f.resource}: ${f.message}` : f.message,
        where: `${relative(f.at.uri)}:${f.at.range.start.line + 1}`,
      })),
    },
  };
}
