// A Kustomize overlay's rendered split for the editor (protocol/src/overlay.ts). The client has
// checked Workspace Trust and asks; this shell renders with `kubectl kustomize DIR` through
// server/src/render/kustomize.ts (execFile with an argument array; remote bases refused before
// anything runs), exactly what `check overlays/canary` renders, and analyses the rendered text as
// the CLI does: a language service of its own holding only the rendered file (with the editor's
// settings and cluster snapshot), so one overlay's resources never mix with the workspace's other
// overlays and bases in the editor's index. Findings and routes are mapped back to the patch or
// resource line that produced them, else the kustomization line listing it.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  RenderOverlayRequest,
  type OverlayFinding,
  type OverlayLocation,
  type RenderOverlayParams,
  type RenderOverlayResult,
} from '../../../../protocol/src/overlay';
import {
  execKustomize,
  renderKustomization,
  renderedUri,
  sourceOfRenderedLine,
  type KustomizeRunner,
  type KustomizeSources,
} from '../../render/kustomize';
import { createLanguageService, type LanguageService, type SourceFile } from '../../languageService';
import type { Logger } from '../safeRequest';
import { onRequest } from '../typedMessages';

const SEVERITIES = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
} as const;

function folderUris(sources: KustomizeSources | undefined): string[] {
  return (sources?.folders ?? []).map((f) => pathToFileURL(f).toString());
}

/** Renders and analyses the overlay of `params.uri`; never throws (failures are answers). */
export async function renderOverlay(
  params: RenderOverlayParams,
  service: LanguageService,
  run: KustomizeRunner,
  signal?: AbortSignal,
): Promise<RenderOverlayResult> {
  let file: string;
  try {
    file = fileURLToPath(params.uri);
  } catch {
    return { ok: false, reason: 'not-kustomization', message: `${params.uri} is not a file`, watch: [] };
  }
  const dir = path.dirname(file);
  const outcome = await renderKustomization(dir, run, dir, signal);
  if (signal?.aborted)
    return { ok: false, reason: 'cancelled', message: 'Rendering was cancelled.', watch: [] };
  if (!outcome.ok)
    return {
      ok: false,
      reason: outcome.reason,
      message: outcome.message,
      watch: folderUris(outcome.sources),
    };

  // As `check overlays/canary` reads it: the rendered text alone, under a URI no file has.
  const rendered = createLanguageService({ settings: service.settings });
  const live = service.workspace.cluster?.snapshot;
  if (live) rendered.setClusterSnapshot(live);
  const uri = renderedUri(dir);
  const parsed = rendered.parse(TextDocument.create(uri, 'yaml', 1, outcome.text));
  rendered.setWorkspaceFile(parsed);
  const lineStart = (line: number) => parsed.document.offsetAt({ line, character: 0 });
  const kustomization = pathToFileURL(file).toString();
  const sourceOf = (line: number): OverlayLocation => {
    const at = sourceOfRenderedLine(outcome.sources, outcome.text, lineStart, parsed.resources, line);
    if (!at)
      return {
        uri: kustomization,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      };
    const position = { line: at.line, character: at.character };
    return { uri: pathToFileURL(at.file).toString(), range: { start: position, end: position } };
  };

  const resources = rendered.trafficSplit(parsed).map((resource) => ({
    ...resource,
    routes: resource.routes.map((route) => ({ ...route, source: sourceOf(route.range.start.line) })),
  }));
  const findings = rendered
    .diagnose(parsed)
    .filter((d) => d.severity !== undefined)
    .map((d): OverlayFinding => findingOf(d, sourceOf(d.range.start.line), parsed, lineStart));
  return {
    ok: true,
    folder: pathToFileURL(dir).toString(),
    command: `kubectl kustomize ${dir}`,
    renderedUri: uri,
    resources,
    findings,
    watch: folderUris(outcome.sources),
  };
}

function findingOf(
  d: Diagnostic,
  at: OverlayLocation,
  parsed: SourceFile,
  lineStart: (line: number) => number,
): OverlayFinding {
  const offset = lineStart(d.range.start.line);
  const resource = parsed.resources.find((r) => offset >= r.span.start && offset <= r.span.end);
  return {
    severity: SEVERITIES[d.severity ?? DiagnosticSeverity.Error],
    code: String(d.code ?? ''),
    message: typeof d.message === 'string' ? d.message : d.message.value,
    at,
    ...(resource
      ? {
          resource: `${resource.kind} ${resource.namespace ? `${resource.namespace.value}/` : ''}${resource.name?.value ?? ''}`,
        }
      : {}),
  };
}

/** The runner for one request: the client's kubectl (the `kubectlPath` setting). */
export function runnerFor(params: RenderOverlayParams): KustomizeRunner {
  return execKustomize(params.kubectlPath || 'kubectl');
}

export function registerOverlayHandlers(
  connection: Connection,
  service: () => LanguageService,
  log: Logger,
  runner: (params: RenderOverlayParams) => KustomizeRunner = runnerFor,
): void {
  onRequest(connection, RenderOverlayRequest, async (params, token: CancellationToken | undefined) => {
    const abort = new AbortController();
    const subscription = token?.onCancellationRequested(() => abort.abort());
    const started = Date.now();
    try {
      const result = await renderOverlay(params, service(), runner(params), abort.signal);
      log(
        result.ok
          ? `overlay: rendered ${result.command} in ${Date.now() - started} ms (${result.resources.length} split resources, ${result.findings.length} findings)`
          : `overlay: ${params.uri} not rendered (${result.reason}): ${result.message}`,
      );
      return result;
    } catch (error) {
      // renderOverlay answers failures itself; this is a bug, reported instead of a crash.
      log(
        `overlay: rendering ${params.uri} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return { ok: false, reason: 'failed', message: `Rendering failed: ${String(error)}`, watch: [] };
    } finally {
      subscription?.dispose();
    }
  });
}
