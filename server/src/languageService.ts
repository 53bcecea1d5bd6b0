// The language service facade: one interface over every feature, built from plain inputs.
// It never reads files and never imports the LSP connection layer; hosts (the LSP shell in
// lsp/, the CLI in cli/, tests) parse documents through it and feed it the workspace.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  Position,
  Range,
  SymbolInformation,
} from 'vscode-languageserver-types';
import type {
  CanaryResourcesResult,
  SimulateParams,
  SimulateResult,
  SplitResource,
} from '../../protocol/src/protocol';
import type { ClusterSnapshot } from '../../protocol/src/cluster';
import type { CanaryAnswers } from '../../protocol/src/canaryAnswers';
import type { NewCanaryManifestsResult, WorkspaceFacts } from '../../protocol/src/newCanary';
import type { CanaryStepParams, CanaryStepResult } from '../../protocol/src/promotionRequests';
import { simulateWorkspace } from './features/simulate';
import { gatewayProxyNamespaces, subsetVisibility } from './workspace/destinationRuleScope';
import { qualifiedName } from './workspace/resolve';
import { DEFAULT_PARSE_LIMITS } from './syntax/parseYaml';
import { createSourceFile, type SourceFile } from './sourceFile';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
import { WorkspaceIndex, summarize, type FileSummary } from './workspace/workspaceIndex';
import { routeOwner } from './workspace/controllers';
import { flaggerGeneratedResources } from './features/flagger/generated';
import { generatedFlaggerSplits } from './features/flagger/generatedSplit';
import { namespaceOf } from './model/namespaces';
import { isVirtualService } from './model/resources';
import { diagnose, type DiagnoseCaches, type DiagnoseOptions } from './features/diagnostics/diagnose';
import { FileAnalysis } from './features/diagnostics/fileAnalysis';
import { SchemaIssueCache } from './features/diagnostics/schemaIssueCache';
import type { SchemaIssue } from './features/diagnostics/schemaCheck';
import { DocumentFindingsCache } from './features/diagnostics/documentFindingsCache';
import { ResourceCache } from './model/resourceCache';
import { complete } from './features/completion/complete';
import { workspaceKeyCompletions } from './features/completion/workspaceValues';
import {
  documentSymbols,
  findDefinition,
  findReferences,
  navigationContext,
  prepareRename,
  rename,
  workspaceSymbols,
  type PrepareRenameResult,
  type RenameResult,
} from './features/navigation';
import { codeActions } from './features/codeActions';
import { codeLenses, flaggerCanaryLenses, kustomizationLenses } from './features/codeLens';
import { hover } from './features/hover';
import { computeSplits, destinationReach, hostReach } from './features/trafficSplit';
import { toSplitResources } from './features/splitResources';
import { liveRouteFacts } from './features/liveSplit';
import { findCanaryResources } from './features/canaryResources';
import { newCanaryManifests } from './features/newCanary/manifests';
import { workspaceFacts } from './features/newCanary/workspaceFacts';
import { canaryStep, promotionCodeActions } from './features/promotion';

export type { SourceFile } from './sourceFile';
export type { FileSummary } from './workspace/workspaceIndex';
export type { PrepareRenameResult, RenameResult } from './features/navigation';
export type { Settings } from './settings';
export type { DiagnoseOptions } from './features/diagnostics/diagnose';

export interface LanguageServiceOptions {
  readonly settings?: unknown;
  /** Where the service reports what it survived (a rule that threw, bad settings). */
  readonly log?: (message: string) => void;
}

export interface LanguageService {
  readonly workspace: WorkspaceIndex;
  readonly settings: Settings;
  /** Replaces the settings from untrusted input; returns the problems found in it. */
  configure(settings: unknown): string[];
  /**
   * Parses a document. Never throws. `previous`, the parse of an earlier version of the same
   * document, lets unchanged `---` segments be reused; it must not be used afterwards.
   */
  parse(document: TextDocument, previous?: SourceFile): SourceFile;
  /** Puts the file's summary into the workspace index (replacing an older one). */
  setWorkspaceFile(file: SourceFile): void;
  /** Puts a summary made elsewhere (the scan's worker threads, `summarizeText`) into the index. */
  setWorkspaceSummary(summary: FileSummary): void;
  removeWorkspaceFile(uri: string): void;
  /**
   * Lays the workspace over a cluster snapshot (undefined: files only): live-only resources
   * resolve references, and references found nowhere become errors naming the context.
   */
  setClusterSnapshot(snapshot: ClusterSnapshot | undefined): void;
  /** Diagnostics of one file; `options.scope: 'local'` leaves out the cross-file rules. */
  diagnose(file: SourceFile, isCancelled?: () => boolean, options?: DiagnoseOptions): Diagnostic[];
  /**
   * Checks a large set of files without keeping every syntax tree: index every file, and as each
   * is parsed call this for its own findings; once all are indexed, call `crossFile()` of each
   * for the rest. `file` is the parse without its syntax tree (text, resources), for locating
   * findings. Together the two give what `diagnose` gives.
   */
  diagnoseInPhases(file: SourceFile): PhasedDiagnostics;
  /** The file's `istio-canary-disable…` comments that silence nothing. */
  unusedDisables(file: SourceFile): Diagnostic[];
  complete(file: SourceFile, position: Position): CompletionList;
  hover(file: SourceFile, position: Position): Hover | null;
  /**
   * The traffic split of every VirtualService, AppDeployment and Gateway API route in the file,
   * then of the VirtualService Flagger generates from each Canary in it (ranges on the Canary).
   */
  trafficSplit(file: SourceFile): SplitResource[];
  /** The resources that make up the canary at `position` (or the whole file), for applying. */
  canaryResources(file: SourceFile, position?: Position): CanaryResourcesResult;
  /** Where the subset, gateway or host at `position` is defined (every version, any file). */
  findDefinition(file: SourceFile, position: Position): Location[];
  /** Every place naming the subset or gateway at `position`, across the workspace. */
  findReferences(file: SourceFile, position: Position, includeDeclaration: boolean): Location[];
  prepareRename(file: SourceFile, position: Position): PrepareRenameResult;
  /** Renames a subset or gateway: the definition and every reference, in one edit. */
  rename(file: SourceFile, position: Position, newName: string): RenameResult;
  /** The outline: resource › route › destination, DestinationRule › subset, Gateway › server. */
  documentSymbols(file: SourceFile): DocumentSymbol[];
  workspaceSymbols(query: string): SymbolInformation[];
  /**
   * Quick fixes and refactorings for `range`. `textOf` gives the text of other open files, so
   * edits there (adding a subset to a DestinationRule) follow their exact layout.
   */
  codeActions(
    file: SourceFile,
    range: Range,
    diagnostics: readonly Diagnostic[],
    only?: readonly string[],
    textOf?: (uri: string) => string | undefined,
  ): CodeAction[];
  /** The split lens over each weighted route, plus Promote / Roll back on two-way canaries. */
  codeLenses(file: SourceFile): CodeLens[];
  /**
   * Where a request goes, over every VirtualService of the workspace index (open documents
   * included once the host has indexed them with `setWorkspaceFile`); reads no files.
   */
  simulate(params: SimulateParams): SimulateResult;
  /** What the New Canary wizard can suggest: the indexed Services, workloads and Gateways. */
  workspaceFacts(): WorkspaceFacts;
  /** The manifests of a new canary release for the wizard's answers, or why not. */
  newCanaryManifests(answers: CanaryAnswers): NewCanaryManifestsResult;
  /**
   * Promote (to the next step) and Roll back code actions on the canary route at `range`;
   * `stables` are the stable destinations the client remembers, by route memory key.
   */
  promotionCodeActions(
    file: SourceFile,
    range: Range,
    stables: Readonly<Record<string, string>>,
  ): CodeAction[];
  /** The weight edits of one Promote or Roll back step. */
  canaryStep(file: SourceFile, params: CanaryStepParams): CanaryStepResult;
  /**
   * The text of a generated-resources document (`istio-canary-generated:/<ns>/<canary>.yaml`:
   * what Flagger writes from that Canary of the workspace), or null when there is no such Canary.
   */
  generatedResources(uri: string): { text: string } | null;
}

export interface PhasedDiagnostics {
  readonly file: SourceFile;
  readonly local: Diagnostic[];
  /** The file's schema issues, found while it had its syntax tree (the cross-file rules read them). */
  readonly schemaIssues: readonly SchemaIssue[];
  crossFile(): Diagnostic[];
}

/** The parse without its syntax tree: what the cross-file rules and positions need. */
function withoutSyntaxTree(file: SourceFile): SourceFile {
  const yaml = { ...file.yaml, documents: [], problems: [], segments: [] };
  return {
    uri: file.uri,
    document: file.document,
    yaml,
    resources: file.resources,
    isKubernetes: file.isKubernetes,
    ...(file.templateAction ? { templateAction: file.templateAction } : {}),
  };
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const log = options.log ?? (() => undefined);
  const workspace = new WorkspaceIndex();
  const schemaIssues = new SchemaIssueCache();
  const documentFindings = new DocumentFindingsCache();
  const resourceViews = new ResourceCache();
  let settings: Settings = DEFAULT_SETTINGS;
  const configure = (input: unknown): string[] => {
    const { settings: next, problems } = normalizeSettings(input, DEFAULT_SETTINGS);
    settings = next;
    workspace.setCompleteWorkspace(next.completeWorkspace);
    for (const p of problems) log(`settings: ${p}`);
    return problems;
  };
  if (options.settings !== undefined) configure(options.settings);

  const editorCaches: DiagnoseCaches = { schemaIssues, documentFindings };
  const runDiagnose = (
    file: SourceFile,
    isCancelled?: () => boolean,
    diagnoseOptions?: DiagnoseOptions,
    caches: DiagnoseCaches = editorCaches,
  ): Diagnostic[] => diagnoseAndLog(file, isCancelled, diagnoseOptions, caches).diagnostics;
  const diagnoseAndLog = (
    file: SourceFile,
    isCancelled?: () => boolean,
    diagnoseOptions?: DiagnoseOptions,
    caches: DiagnoseCaches = editorCaches,
  ) => {
    const result = diagnose(file, workspace, settings, isCancelled, caches, diagnoseOptions);
    for (const failure of result.failures) {
      const error =
        failure.error instanceof Error
          ? (failure.error.stack ?? failure.error.message)
          : String(failure.error);
      log(`rule ${failure.code} failed on ${file.uri}: ${error}`);
    }
    return result;
  };

  // The splits the views show (preview, CodeLens, hover) say which destinations reach no Service.
  const reachFor = (file: SourceFile) =>
    destinationReach(
      () => workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace),
      settings.defaultNamespace,
    );
  const viewSplits = (file: SourceFile) =>
    new FileAnalysis(file, undefined, undefined, reachFor(file)).splits;

  return settlingRequests(workspace, {
    workspace,
    get settings() {
      return settings;
    },
    configure,
    parse(document, previous) {
      const file = createSourceFile(
        document,
        { ...DEFAULT_PARSE_LIMITS, maxFileSize: settings.maxFileSize },
        previous,
        resourceViews,
      );
      // The namespace a kustomization gives the file holds before the file is (re-)indexed.
      workspace.place(file.uri, file.resources);
      return file;
    },
    setWorkspaceFile(file) {
      // Handlers re-index the current parse of open documents before cross-file requests: for
      // the parse the index already holds there is nothing to do (line starts cost ~10 ms/MB).
      if (workspace.holds(file.uri, file.resources)) return;
      workspace.set(summarize(file));
    },
    setWorkspaceSummary(summary) {
      workspace.set(summary);
    },
    removeWorkspaceFile(uri) {
      workspace.delete(uri);
    },
    setClusterSnapshot(snapshot) {
      workspace.setCluster(snapshot);
    },
    diagnose: runDiagnose,
    diagnoseInPhases(file) {
      const known = file.isKubernetes ? new FileAnalysis(file, schemaIssues).schemaIssues : [];
      // A file checked in phases (the CLI) is checked once: keeping its findings per document
      // for a later edit would only cost time and memory.
      const local = runDiagnose(file, undefined, { scope: 'local', schemaIssues: known }, { schemaIssues });
      const light = withoutSyntaxTree(file);
      return {
        file: light,
        local,
        schemaIssues: known,
        crossFile: () => {
          workspace.settle();
          return runDiagnose(light, undefined, { scope: 'crossFile', schemaIssues: known });
        },
      };
    },
    unusedDisables(file) {
      return diagnoseAndLog(file).unusedDisables;
    },
    complete(file, position) {
      const list = complete(file, position, workspace, settings);
      // Label keys under a DestinationRule subset come from the workspace's workloads, which
      // schema key completion cannot know.
      const keys = workspaceKeyCompletions(file, position, workspace, settings);
      return keys.length ? { ...list, items: [...list.items, ...keys] } : list;
    },
    hover(file, position) {
      // Only the resource under the cursor can need its split: computing every split of a large
      // file on each hover was most of the hover time in the benchmark.
      const offset = file.document.offsetAt(position);
      const here = file.resources.filter((r) => offset >= r.span.start && offset <= r.span.end);
      return hover(file, position, computeSplits(here, reachFor(file)), { workspace, settings });
    },
    trafficSplit(file) {
      const live = workspace.cluster;
      return [
        ...toSplitResources(
          file,
          viewSplits(file),
          runDiagnose(file),
          settings,
          workspace,
          live ? (split, route) => liveRouteFacts(live, split, route, settings.defaultNamespace) : undefined,
        ),
        ...generatedFlaggerSplits(file, settings, workspace),
      ];
    },
    canaryResources(file, position) {
      return findCanaryResources(file, position, workspace, settings, runDiagnose(file));
    },
    findDefinition(file, position) {
      return findDefinition(navigationContext(file, workspace, settings), file.document.offsetAt(position));
    },
    findReferences(file, position, includeDeclaration) {
      const context = navigationContext(file, workspace, settings);
      return findReferences(context, file.document.offsetAt(position), includeDeclaration);
    },
    prepareRename(file, position) {
      return prepareRename(navigationContext(file, workspace, settings), file.document.offsetAt(position));
    },
    rename(file, position, newName) {
      return rename(navigationContext(file, workspace, settings), file.document.offsetAt(position), newName);
    },
    documentSymbols(file) {
      return documentSymbols(file);
    },
    workspaceSymbols(query) {
      return workspaceSymbols(workspace, query, settings.defaultNamespace);
    },
    codeActions(file, range, diagnostics, only, textOf) {
      const context = navigationContext(file, workspace, settings, textOf);
      const span = { start: file.document.offsetAt(range.start), end: file.document.offsetAt(range.end) };
      return codeActions(context, { span, diagnostics }, only);
    },
    codeLenses(file) {
      let memo: ReturnType<typeof workspace.lookupWith> | undefined;
      const lookup = () =>
        (memo ??= workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace));
      return [
        ...codeLenses(file, viewSplits(file), (resource, route) =>
          isVirtualService(resource) ? routeOwner(lookup(), resource, route) : undefined,
        ),
        ...flaggerCanaryLenses(file, settings.defaultNamespace),
        ...kustomizationLenses(file),
      ];
    },
    simulate(params) {
      const lookup = workspace.lookup(settings.defaultNamespace);
      return simulateWorkspace(lookup.virtualServices, lookup.gatewayRoutes, params, {
        defaultNamespace: settings.defaultNamespace,
        reach: hostReach(() => lookup),
        subsetProblem: (host, subset, fromNamespace, caller) => {
          const seen = subsetVisibility(lookup, host, subset, fromNamespace, {
            caller,
            root: settings.rootNamespace,
          });
          return seen.kind === 'invisible'
            ? `subset ${subset} is defined only in DestinationRule ${qualifiedName(seen.rule, settings.defaultNamespace)}, which callers in namespace ${caller} do not get: ${seen.why.replace(/`/g, '')}`
            : undefined;
        },
        gatewayProxyNamespace: (namespace, name) => gatewayProxyNamespaces(lookup, namespace, name)[0]!,
      });
    },
    workspaceFacts() {
      return workspaceFacts(workspace.lookup(settings.defaultNamespace));
    },
    newCanaryManifests(answers) {
      const lookup = workspace.lookup(settings.defaultNamespace);
      return newCanaryManifests(answers, (namespace, name) =>
        (lookup.servicesByNamespace.get(namespace) ?? []).some((s) => s.name?.value === name),
      );
    },
    promotionCodeActions(file, range, stables) {
      const splits = new FileAnalysis(file).splits;
      return promotionCodeActions({ file, splits, settings, stables, workspace }, range);
    },
    generatedResources(uri) {
      const lookup = workspace.lookup(settings.defaultNamespace);
      for (const canary of lookup.flaggerCanaries) {
        const generated = flaggerGeneratedResources(canary, namespaceOf(canary, settings.defaultNamespace));
        if (generated?.uri === uri) return { text: generated.text };
      }
      return null;
    },
    canaryStep(file, params) {
      const splits = new FileAnalysis(file).splits;
      const input = { file, splits, settings, stables: params.stables, workspace };
      return canaryStep(input, params);
    },
  });
}

/**
 * The methods that feed the service, and `diagnoseInPhases`, whose first phase (a file's own
 * findings) runs while a host is still feeding files and whose cross-file phase settles itself;
 * every other method answers a request.
 */
const FEEDING: ReadonlySet<string> = new Set([
  'configure',
  'parse',
  'setWorkspaceFile',
  'setWorkspaceSummary',
  'removeWorkspaceFile',
  'setClusterSnapshot',
  'diagnoseInPhases',
]);

/**
 * The service with every request method settling the index first: what the index derives lazily
 * after a change (the namespaces kustomizations give files, workspace/kustomize.ts) is in place
 * before any feature reads a resource view, while feeding many files (a scan) derives nothing.
 */
function settlingRequests(workspace: WorkspaceIndex, service: LanguageService): LanguageService {
  const methods = service as unknown as Record<string, unknown>;
  for (const name of Object.keys(methods)) {
    const method = methods[name];
    if (typeof method !== 'function' || FEEDING.has(name)) continue;
    methods[name] = (...args: unknown[]): unknown => {
      workspace.settle();
      return (method as (...a: unknown[]) => unknown).apply(service, args);
    };
  }
  return service;
}
