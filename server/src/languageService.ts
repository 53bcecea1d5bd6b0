// The language service facade: one interface over every feature, built from plain inputs.
// It never reads files and never imports the LSP connection layer; hosts (the LSP shell in
// lsp/, the CLI in cli/, tests) parse documents through it and feed it the workspace.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import type { CanaryResourcesResult, SplitResource } from '../../protocol/src/protocol';
import { DEFAULT_PARSE_LIMITS } from './syntax/parseYaml';
import { createSourceFile, type SourceFile } from './sourceFile';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
import { WorkspaceIndex, computeLineStarts } from './workspace/workspaceIndex';
import { diagnose } from './features/diagnostics/diagnose';
import { FileAnalysis } from './features/diagnostics/fileAnalysis';
import { complete } from './features/completion/complete';
import { hover } from './features/hover';
import { toSplitResources } from './features/splitResources';
import { findCanaryResources } from './features/canaryResources';

export type { SourceFile } from './sourceFile';
export type { Settings } from './settings';

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
  /** Parses a document. Never throws. */
  parse(document: TextDocument): SourceFile;
  /** Puts the file's summary into the workspace index (replacing an older one). */
  setWorkspaceFile(file: SourceFile): void;
  removeWorkspaceFile(uri: string): void;
  diagnose(file: SourceFile, isCancelled?: () => boolean): Diagnostic[];
  complete(file: SourceFile, position: Position): CompletionList;
  hover(file: SourceFile, position: Position): Hover | null;
  /** The traffic split of every VirtualService and AppDeployment in the file. */
  trafficSplit(file: SourceFile): SplitResource[];
  /** The resources that make up the canary at `position` (or the whole file), for applying. */
  canaryResources(file: SourceFile, position?: Position): CanaryResourcesResult;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const log = options.log ?? (() => undefined);
  const workspace = new WorkspaceIndex();
  let settings: Settings = DEFAULT_SETTINGS;
  const configure = (input: unknown): string[] => {
    const { settings: next, problems } = normalizeSettings(input, DEFAULT_SETTINGS);
    settings = next;
    for (const p of problems) log(`settings: ${p}`);
    return problems;
  };
  if (options.settings !== undefined) configure(options.settings);

  const runDiagnose = (file: SourceFile, isCancelled?: () => boolean): Diagnostic[] => {
    const result = diagnose(file, workspace, settings, isCancelled);
    for (const failure of result.failures) {
      const error =
        failure.error instanceof Error
          ? (failure.error.stack ?? failure.error.message)
          : String(failure.error);
      log(`rule ${failure.code} failed on ${file.uri}: ${error}`);
    }
    return result.diagnostics;
  };

  return {
    workspace,
    get settings() {
      return settings;
    },
    configure,
    parse(document) {
      return createSourceFile(document, { ...DEFAULT_PARSE_LIMITS, maxFileSize: settings.maxFileSize });
    },
    setWorkspaceFile(file) {
      workspace.set({
        uri: file.uri,
        resources: file.resources,
        lineStarts: computeLineStarts(file.document.getText()),
      });
    },
    removeWorkspaceFile(uri) {
      workspace.delete(uri);
    },
    diagnose: runDiagnose,
    complete(file, position) {
      return complete(file, position, workspace, settings);
    },
    hover(file, position) {
      return hover(file, position, new FileAnalysis(file).splits);
    },
    trafficSplit(file) {
      return toSplitResources(file, new FileAnalysis(file).splits, runDiagnose(file), settings);
    },
    canaryResources(file, position) {
      return findCanaryResources(file, position, workspace, settings, runDiagnose(file));
    },
  };
}
