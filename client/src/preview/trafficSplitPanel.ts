// The webview panel host: keeps one panel beside the editor, follows the active YAML editor and
// its edits (debounced), sends the split to the webview and applies the weight changes the
// webview asks for. The split itself comes from the language server through a SplitSource.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { type TrafficSplitResult } from '../../../protocol/src/protocol';
import {
  type DestinationAddress,
  type ExtensionToWebviewMessage,
  type PreviewModel,
  parseWebviewMessage,
} from '../../../protocol/src/webviewProtocol';
import { whyNotSteerable } from '../../../protocol/src/promotion';
import { findRoute } from '../../../protocol/src/routeLookup';
import { applyRouteWeights, toVscodeRange } from '../canary/weightEdit';
import { setWeightKeepingTotal } from '../../../protocol/src/weights';
import { debounce } from './debounce';
import { buildPanelHtml, createNonce } from './panelHtml';
import { isYamlDocument, type SplitSource } from './splitRequest';
import { isKustomizationFileName, type RenderOverlayResult } from '../../../protocol/src/overlay';
import { UNTRUSTED_OVERLAY_MESSAGE, overlayModel } from './overlayModel';
import { OverlayDiagnostics } from './overlayDiagnostics';
import type { OverlayFinding } from '../../../protocol/src/overlay';

/** Renders a kustomization's folder on the server (request `istioCanary/renderOverlay`). */
export type OverlaySource = (document: vscode.TextDocument) => Promise<RenderOverlayResult>;

/** Whether the document is a kustomization: the preview shows what its folder renders. */
export function isKustomizationDocument(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && isKustomizationFileName(path.basename(document.uri.path));
}

const VIEW_TYPE = 'istioCanary.trafficSplit';
const REFRESH_DELAY_MS = 250;

/** What the end-to-end test can observe about the panel. */
export interface PreviewState {
  open: boolean;
  uri?: string;
  model?: PreviewModel;
  /** The text the webview reported after its latest render (content plus bar labels). */
  renderedText?: string;
  renderedVersion?: number | null;
}

export class TrafficSplitPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private model: PreviewModel | undefined;
  private renderedText: string | undefined;
  private renderedVersion: number | null | undefined;
  private requestSerial = 0;
  private readonly refreshSoon = debounce(() => void this.refresh(), REFRESH_DELAY_MS);
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderListeners = new Set<() => void>();
  /** For an overlay: the folders it renders from (file URIs), and their watchers. */
  private overlayFolders: string[] = [];
  private overlayWatchers: vscode.Disposable[] = [];
  /** The shown overlay's findings, where they are written. */
  private readonly overlayDiagnostics = new OverlayDiagnostics();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: SplitSource,
    private readonly output: vscode.OutputChannel,
    private readonly overlaySource?: OverlaySource,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isYamlDocument(editor.document)) this.follow(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // kubectl kustomize reads the saved files: an overlay re-renders on save, not on typing.
        if (this.panel && event.document === this.document && !isKustomizationDocument(event.document))
          this.refreshSoon.trigger();
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.panel && this.underOverlay(document.uri)) this.refreshSoon.trigger();
      }),
      // Trusting the workspace lets a refused overlay render now.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
      this.overlayDiagnostics,
    );
  }

  /** Opens (or reveals) the panel for a document: the given one, else the active YAML editor. */
  async open(uri?: vscode.Uri): Promise<void> {
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : ([vscode.window.activeTextEditor?.document].find((d) => d !== undefined && isYamlDocument(d)) ??
        this.document);
    if (!document) {
      void vscode.window.showInformationMessage(
        'Open a VirtualService YAML file to preview its traffic split.',
      );
      return;
    }
    if (!this.panel) this.createPanel();
    else this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.follow(document);
  }

  state(): PreviewState {
    return {
      open: this.panel !== undefined,
      uri: this.document?.uri.toString(),
      model: this.model,
      renderedText: this.renderedText,
      renderedVersion: this.renderedVersion,
    };
  }

  /** Resolves after the webview next reports a render (used by the end-to-end test). */
  whenRendered(): Promise<void> {
    return new Promise((resolve) => {
      const listener = () => {
        this.renderListeners.delete(listener);
        resolve();
      };
      this.renderListeners.add(listener);
    });
  }

  /** Asks the webview to type a weight into a destination's number input (end-to-end test only). */
  async simulateWeightInput(address: DestinationAddress, weight: number): Promise<boolean> {
    if (!this.panel) return false;
    return this.post({ type: 'simulateWeightInput', address, weight });
  }

  dispose(): void {
    this.refreshSoon.cancel();
    this.panel?.dispose();
    this.watchOverlay([]);
    for (const d of this.disposables) d.dispose();
  }

  /** Whether a file is in a folder the shown overlay renders from. */
  private underOverlay(uri: vscode.Uri): boolean {
    if (!this.document || !isKustomizationDocument(this.document)) return false;
    const file = uri.toString();
    return this.overlayFolders.some((folder) => file.startsWith(`${folder}/`));
  }

  /** Watches the overlay's folders (and its bases'), so a change on disk re-renders. */
  private watchOverlay(folders: readonly string[]): void {
    if (
      folders.length === this.overlayFolders.length &&
      folders.every((f, i) => f === this.overlayFolders[i])
    )
      return;
    for (const w of this.overlayWatchers) w.dispose();
    this.overlayFolders = [...folders];
    this.overlayWatchers = folders.map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(vscode.Uri.parse(folder, true), '**/*'),
      );
      const changed = () => this.refreshSoon.trigger();
      watcher.onDidChange(changed);
      watcher.onDidCreate(changed);
      watcher.onDidDelete(changed);
      return watcher;
    });
  }

  private createPanel(): void {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const scripts = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Traffic Split',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [media, scripts], retainContextWhenHidden: false },
    );
    panel.iconPath = {
      light: vscode.Uri.joinPath(media, 'split-light.svg'),
      dark: vscode.Uri.joinPath(media, 'split-dark.svg'),
    };
    panel.webview.html = buildPanelHtml({
      cspSource: panel.webview.cspSource,
      nonce: createNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(scripts, 'preview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
    });
    panel.webview.onDidReceiveMessage(
      (raw: unknown) => void this.onMessage(raw),
      undefined,
      this.disposables,
    );
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.model = undefined;
      this.renderedText = undefined;
      this.refreshSoon.cancel();
      this.watchOverlay([]);
      this.overlayDiagnostics.clear();
    });
    this.panel = panel;
  }

  /** Asks the server again (the cluster snapshot changed the live splits). */
  reload(): void {
    if (!this.panel) return;
    this.refreshSoon.cancel();
    void this.refresh();
  }

  private follow(document: vscode.TextDocument): void {
    this.document = document;
    if (this.panel)
      this.panel.title = isKustomizationDocument(document)
        ? `Traffic Split: ${overlayFolder(document)} (rendered)`
        : `Traffic Split: ${path.basename(document.uri.path)}`;
    this.refreshSoon.cancel();
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const document = this.document;
    if (!document || !this.panel) return;
    const serial = ++this.requestSerial;
    let model: PreviewModel;
    if (isKustomizationDocument(document)) {
      const rendered = await this.renderOverlay(document);
      if (serial !== this.requestSerial || document !== this.document) return;
      if (rendered.findings && rendered.model.rendered)
        this.overlayDiagnostics.show(rendered.model.rendered.folder, rendered.findings);
      else this.overlayDiagnostics.clear();
      this.model = rendered.model;
      await this.post({ type: 'update', model: rendered.model });
      return;
    }
    this.watchOverlay([]);
    this.overlayDiagnostics.clear();
    try {
      const result: TrafficSplitResult = await this.source(document);
      model = {
        uri: document.uri.toString(),
        fileName: path.basename(document.uri.path),
        version: result.version ?? document.version,
        resources: result.resources,
      };
    } catch (error) {
      this.output.appendLine(`[preview] trafficSplit request failed: ${String(error)}`);
      model = {
        uri: document.uri.toString(),
        fileName: path.basename(document.uri.path),
        version: document.version,
        resources: [],
        error: 'The language server could not compute the traffic split (see the Istio Canary output).',
      };
    }
    // A slower, older request must not overwrite a newer answer.
    if (serial !== this.requestSerial || document !== this.document) return;
    this.model = model;
    await this.post({ type: 'update', model });
  }

  /**
   * The split of what the kustomization's folder renders. Rendering runs kubectl, so in an
   * untrusted workspace the panel says why it does not, and nothing is sent to the server.
   */
  private async renderOverlay(
    document: vscode.TextDocument,
  ): Promise<{ model: PreviewModel; findings?: readonly OverlayFinding[] }> {
    const shown = { uri: document.uri.toString(), folder: overlayFolder(document) };
    if (!vscode.workspace.isTrusted || !this.overlaySource) {
      this.watchOverlay([]);
      const model = overlayModel(
        shown,
        { ok: false, reason: 'failed', message: UNTRUSTED_OVERLAY_MESSAGE, watch: [] },
        relativePath,
      );
      return { model };
    }
    let result: RenderOverlayResult;
    try {
      result = await this.overlaySource(document);
    } catch (error) {
      this.output.appendLine(`[preview] renderOverlay request failed: ${String(error)}`);
      result = {
        ok: false,
        reason: 'failed',
        message: 'The language server could not render the overlay (see the Istio Canary output).',
        watch: [],
      };
    }
    if (!result.ok) this.output.appendLine(`[preview] ${shown.folder} not rendered: ${result.message}`);
    // Even a failed render is retried when a file it read changes (a typo fixed in a patch).
    this.watchOverlay(result.watch);
    const model = overlayModel(shown, result, relativePath);
    return result.ok ? { model, findings: result.findings } : { model };
  }

  private post(message: ExtensionToWebviewMessage): Promise<boolean> {
    return Promise.resolve(this.panel?.webview.postMessage(message) ?? false);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.output.appendLine('[preview] ignored a malformed message from the panel');
      return;
    }
    switch (message.type) {
      case 'ready':
        if (this.model) await this.post({ type: 'update', model: this.model });
        else await this.refresh();
        return;
      case 'rendered':
        this.renderedText = message.text;
        this.renderedVersion = message.version;
        for (const listener of [...this.renderListeners]) listener();
        return;
      case 'reveal':
        await this.reveal(message.uri, message.address);
        return;
      case 'setWeight':
        await this.setWeight(message.uri, message.address, message.weight);
        return;
    }
  }

  private documentFor(uri: string): vscode.TextDocument | undefined {
    // A rendered split's ranges are in text no editor shows: nothing to edit there.
    if (this.model?.rendered) return undefined;
    return this.document?.uri.toString() === uri ? this.document : undefined;
  }

  private async reveal(uri: string, address: Omit<DestinationAddress, 'destinationIndex'>): Promise<void> {
    if (this.model?.rendered) return this.revealSource(address);
    const document = this.documentFor(uri);
    const found = document && this.model ? findRoute(this.model.resources, address) : undefined;
    if (!document || !found) return;
    const range = toVscodeRange(found.route.range);
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** A rendered route: where it is written (the patch, base resource or kustomization line). */
  private async revealSource(address: Omit<DestinationAddress, 'destinationIndex'>): Promise<void> {
    const source = this.model ? findRoute(this.model.resources, address)?.route.source : undefined;
    if (!source) return;
    const range = toVscodeRange(source.range);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(source.uri, true), {
      preserveFocus: false,
    });
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async setWeight(uri: string, address: DestinationAddress, weight: number): Promise<void> {
    const document = this.documentFor(uri);
    if (!document) return;
    // Work on a fresh split so the ranges match the document as it is now.
    this.refreshSoon.cancel();
    let result: TrafficSplitResult;
    try {
      result = await this.source(document);
    } catch (error) {
      this.output.appendLine(`[preview] trafficSplit request failed: ${String(error)}`);
      return;
    }
    if (result.version !== null && result.version !== document.version) {
      this.output.appendLine('[preview] the split is out of date; the weight change was not applied');
      this.refreshSoon.trigger();
      return;
    }
    const found = findRoute(result.resources, address);
    const problem = found ? whyNotSteerable(found.route) : 'The route is no longer in the file.';
    if (!found || problem) {
      void vscode.window.showWarningMessage(problem ?? 'The route is no longer in the file.');
      return;
    }
    const weights = found.route.destinations.map((d) => d.weight ?? 0);
    const next = setWeightKeepingTotal(weights, address.destinationIndex, weight);
    const applied = await applyRouteWeights(document, found.route, next);
    if (!applied) void vscode.window.showWarningMessage('The editor refused the weight change.');
    // An edit that changes nothing (same weights) fires no change event: refresh to reset the inputs.
    if (next.every((w, i) => w === weights[i])) void this.refresh();
  }
}

/** The kustomization's folder as the panel names it: relative to the workspace. */
function overlayFolder(document: vscode.TextDocument): string {
  return vscode.workspace.asRelativePath(vscode.Uri.joinPath(document.uri, '..'), false);
}

function relativePath(uri: string): string {
  try {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(uri, true), false);
  } catch {
    return uri;
  }
}
