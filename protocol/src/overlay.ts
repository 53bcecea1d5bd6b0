// A Kustomize overlay's rendered split in the editor. Rendering runs `kubectl kustomize DIR`, a
// process, so it follows the cluster snapshot's decision (ARCHITECTURE.md): the client decides
// whether (Workspace Trust, the `kubectlPath` setting) and asks; the server's LSP shell renders
// (server/src/render/kustomize.ts, the code `check overlays/canary` runs), analyses the rendered
// text with a language service as the CLI does, and answers the split and the findings, mapped
// back to the patch or resource file (or the kustomization line listing it) they came from.
import { requestType } from './messages';
import type { Range, SplitResource } from './protocol';

/** A place in a workspace file. */
export interface OverlayLocation {
  readonly uri: string;
  readonly range: Range;
}

/** A finding on the rendered overlay, placed where the line that produced it is written. */
export interface OverlayFinding {
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly code: string;
  readonly message: string;
  /** The patch or resource line, else the kustomization line listing it, else the kustomization. */
  readonly at: OverlayLocation;
  /** The rendered resource it is about, e.g. `VirtualService payments/checkout`. */
  readonly resource?: string;
}

/** Request `istioCanary/renderOverlay`: render the kustomization `uri` names and analyse it. */
export interface RenderOverlayParams {
  /** The kustomization file (kustomization.yaml, kustomization.yml or Kustomization). */
  readonly uri: string;
  /** The kubectl program (the `kubectlPath` setting). */
  readonly kubectlPath: string;
}

export type RenderOverlayResult =
  | {
      readonly ok: true;
      /** The overlay folder, as a file URI. */
      readonly folder: string;
      /** What ran, for titles: `kubectl kustomize /abs/overlays/canary`. */
      readonly command: string;
      /** The URI the rendered text was analysed under (no such file exists). */
      readonly renderedUri: string;
      /**
       * The split of the rendered resources; each route's `source` is where it is written. Ranges
       * are in the rendered text, so views must not edit them.
       */
      readonly resources: SplitResource[];
      readonly findings: OverlayFinding[];
      /** The folders rendered from (file URIs): a change under them calls for a new render. */
      readonly watch: string[];
    }
  | {
      readonly ok: false;
      /**
       * `not-kustomization`: no kustomization file there; `remote`: a remote base (kubectl did not
       * run); `missing`: kubectl could not be started; `failed`: kustomize refused the overlay.
       */
      readonly reason: 'not-kustomization' | 'remote' | 'missing' | 'failed' | 'cancelled';
      readonly message: string;
      readonly watch: string[];
    };

export const RenderOverlayRequest = requestType<RenderOverlayParams, RenderOverlayResult>(
  'istioCanary/renderOverlay',
);

/** Whether a file name is one kustomize reads as a kustomization. */
export function isKustomizationFileName(name: string): boolean {
  return name === 'kustomization.yaml' || name === 'kustomization.yml' || name === 'Kustomization';
}
