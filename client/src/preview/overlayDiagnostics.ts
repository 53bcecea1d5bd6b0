// The findings of the overlay the preview shows, as diagnostics where they are written (the patch
// or resource line, else the kustomization line listing it), from the server's rendered analysis.
// They live in their own collection, so the language server's per-file diagnostics never replace
// them, and only while the preview shows that overlay. A finding the file already has from the
// language server on the same line (a base file's own finding, rendered unchanged) is not
// repeated.
import * as vscode from 'vscode';
import type { OverlayFinding } from '../../../protocol/src/overlay';
import { toVscodeRange } from '../canary/weightEdit';

const SEVERITY: Record<OverlayFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The `source` of an overlay's diagnostics: `istio-canary (kubectl kustomize overlays/canary)`. */
export function overlaySource(folder: string): string {
  return `istio-canary (kubectl kustomize ${folder})`;
}

export class OverlayDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('istio-canary-overlay');

  /** Shows the findings of the overlay in `folder` (replacing any earlier overlay's). */
  show(folder: string, findings: readonly OverlayFinding[]): void {
    this.collection.clear();
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const finding of findings) {
      const uri = vscode.Uri.parse(finding.at.uri, true);
      const range = toVscodeRange(finding.at.range);
      const known = vscode.languages
        .getDiagnostics(uri)
        .some(
          (d) =>
            d.source === 'istio-canary' &&
            d.range.start.line === range.start.line &&
            String(typeof d.code === 'object' ? d.code.value : d.code) === finding.code,
        );
      if (known) continue;
      const what = finding.resource ? `${finding.resource}: ` : '';
      const diagnostic = new vscode.Diagnostic(
        range,
        `${what}${finding.message} (in what kubectl kustomize renders from ${folder})`,
        SEVERITY[finding.severity],
      );
      diagnostic.source = overlaySource(folder);
      diagnostic.code = finding.code;
      const list = byUri.get(uri.toString()) ?? [];
      list.push(diagnostic);
      byUri.set(uri.toString(), list);
    }
    for (const [uri, list] of byUri) this.collection.set(vscode.Uri.parse(uri, true), list);
  }

  clear(): void {
    this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}
