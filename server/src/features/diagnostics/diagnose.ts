// Runs the rule catalogue over one file and turns findings into LSP diagnostics (plain data from
// vscode-languageserver-types). A rule that throws is reported to the caller and skipped; the
// other rules still run.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Position,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { computeLineStarts } from '../../workspace/workspaceIndex';
import type { SourceFile } from '../../sourceFile';
import type { Settings } from '../../settings';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { Span } from '../../syntax/parseYaml';
import { ruleDocHref } from '../../../../protocol/src/rulePages';
import { FileAnalysis } from './fileAnalysis';
import type { SchemaIssueCache } from './schemaIssueCache';
import type { DocumentFindings, DocumentFindingsCache, WorkspaceStamp } from './documentFindingsCache';
import { captureDependencies } from '../../workspace/lookupDependencies';
import type { YamlDocument } from '../../syntax/parseYaml';
import type { Resource } from '../../model/resources';
import type { SchemaIssue } from './schemaCheck';
import { RULES } from './ruleCatalog';
import type { Finding, Rule, RuleContext, Severity } from './ruleTypes';
import { findSuppressions, SuppressionTracker } from './suppression';

export const DIAGNOSTIC_SOURCE = 'istio-canary';

export interface DiagnoseResult {
  readonly diagnostics: Diagnostic[];
  /** Rules that threw, with the error, so the host can log them. */
  readonly failures: { code: string; error: unknown }[];
  /** `istio-canary-disable…` comments that silenced nothing (`check --report-unused-disables`). */
  readonly unusedDisables: Diagnostic[];
}

export const UNUSED_DISABLE_CODE = 'unused-disable';

export interface DiagnoseOptions {
  /**
   * `local`: only the rules that read nothing but the file (schema, weights, file-local checks),
   * for publishing a file's own findings before the workspace index is complete; `crossFile`:
   * only the others; `all` (the default): both.
   */
  readonly scope?: 'local' | 'crossFile' | 'all';
  /** With `scope: 'local'`, cross-file rules to run as well (by code). */
  readonly alsoRules?: readonly string[];
  /** The file's schema issues when already known (the file may no longer carry its syntax tree). */
  readonly schemaIssues?: readonly SchemaIssue[];
  /** Called with each rule's running time in milliseconds (the benchmark's per-rule stage). */
  readonly onRuleTime?: (code: string, ms: number) => void;
}

/** Caches a language service keeps between checks (each optional: without them, nothing is kept). */
export interface DiagnoseCaches {
  readonly schemaIssues?: SchemaIssueCache;
  readonly documentFindings?: DocumentFindingsCache;
}

export function diagnose(
  file: SourceFile,
  workspace: WorkspaceIndex,
  settings: Settings,
  isCancelled: () => boolean = () => false,
  caches: DiagnoseCaches = {},
  options: DiagnoseOptions = {},
): DiagnoseResult {
  const diagnostics: Diagnostic[] = [];
  const failures: { code: string; error: unknown }[] = [];
  if (!settings.enable || !file.isKubernetes) return { diagnostics, failures, unusedDisables: [] };
  const context = {
    file,
    workspace,
    settings,
    analysis: new FileAnalysis(file, caches.schemaIssues, options.schemaIssues),
    // Resources a controller generates (flagger-generated) are checked with every rule.
    diagnoseGenerated: (generated: SourceFile) => diagnose(generated, workspace, settings, isCancelled),
  };
  const scope = options.scope ?? 'all';
  const suppressions = new SuppressionTracker(findSuppressions(file));
  const onRuleTime = options.onRuleTime;
  const rules = RULES.filter(
    (rule) =>
      (scope === 'all' ||
        (scope === 'crossFile') === (rule.crossFile === true) ||
        (scope === 'local' && options.alsoRules?.includes(rule.code) === true)) &&
      settings.rules[rule.code] !== 'off',
  );
  // The per-document rules run document by document (their findings kept per document) when
  // the file still has its syntax trees; a file without them (the CLI's second phase) and a
  // service without the cache check the whole file at once, as the other rules do.
  const byDocument =
    caches.documentFindings && file.yaml.documents.length > 0
      ? perDocumentFindings(
          file,
          context,
          rules.filter((rule) => rule.perDocument === true),
          caches.documentFindings,
          isCancelled,
          failures,
          onRuleTime,
        )
      : undefined;
  // The rules that read the workspace through its lookup run document by document too, with a
  // recording view of the lookup, when the index holds this very parse: a document's findings
  // are kept until something they read changes (an edit re-runs them on the edited document and
  // on those that read what it changed).
  // A document's kept findings are those of every lookup rule at once: the few cross-file rules
  // a local check adds (`alsoRules`) check the whole file instead.
  const lookupRules =
    scope === 'local' ? [] : rules.filter((rule) => rule.crossFile === true && rule.wholeFile !== true);
  const byDocumentWithLookup =
    caches.documentFindings &&
    lookupRules.length > 0 &&
    file.yaml.documents.length > 0 &&
    workspace.get(file.uri)?.resources === file.resources
      ? lookupDocumentFindings(
          file,
          context,
          lookupRules,
          caches.documentFindings,
          isCancelled,
          failures,
          onRuleTime,
        )
      : undefined;
  for (const rule of rules) {
    if (isCancelled()) break;
    const configured = settings.rules[rule.code];
    if (configured === 'off') continue;
    const report = (finding: Finding) => {
      if (suppressions.isSuppressed(rule.code, rule.istioctl, finding.span)) return;
      diagnostics.push(
        toDiagnostic(
          file,
          workspace,
          rule.code,
          configured ?? finding.severity ?? rule.defaultSeverity,
          finding,
        ),
      );
    };
    const found = byDocument?.get(rule.code) ?? byDocumentWithLookup?.get(rule.code);
    if (found) {
      for (const finding of found) report(finding);
      continue;
    }
    const started = onRuleTime ? performance.now() : 0;
    try {
      rule.check(context, report);
    } catch (error) {
      failures.push({ code: rule.code, error });
    }
    if (onRuleTime) onRuleTime(rule.code, performance.now() - started);
  }
  const unusedDisables = suppressions.unused().map(({ comment, codes }) => ({
    range: toRange(file, comment.span),
    severity: DiagnosticSeverity.Warning,
    code: UNUSED_DISABLE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: unusedMessage(codes),
    tags: [DiagnosticTag.Unnecessary],
  }));
  return { diagnostics, failures, unusedDisables };
}

/**
 * The findings of the per-document rules, by code, in document order: each document is checked
 * on its own (a view of the file holding only that document and its resources), or its findings
 * come from the cache when the document was reused from the previous parse.
 */
function perDocumentFindings(
  file: SourceFile,
  fileContext: RuleContext,
  rules: readonly Rule[],
  cache: DocumentFindingsCache,
  isCancelled: () => boolean,
  failures: { code: string; error: unknown }[],
  onRuleTime: ((code: string, ms: number) => void) | undefined,
): Map<string, Finding[]> {
  const all = new Map<string, Finding[]>(rules.map((rule) => [rule.code, []]));
  if (rules.length === 0) return all;
  for (const document of file.yaml.documents) {
    if (isCancelled()) break;
    const findings = cache.findingsOf(file.uri, document.doc, fileContext.settings, () =>
      checkDocument(
        file,
        document,
        resourcesOfDocument(file.resources, document.index),
        fileContext,
        rules,
        failures,
        onRuleTime,
      ),
    );
    for (const [code, list] of findings) all.get(code)?.push(...list);
  }
  return all;
}

/**
 * The findings of the rules that read the lookup, by code, in document order: each document is
 * checked on its own against a recording view of the workspace lookup, or its findings come
 * from the cache when nothing they read changed.
 */
function lookupDocumentFindings(
  file: SourceFile,
  fileContext: RuleContext,
  rules: readonly Rule[],
  cache: DocumentFindingsCache,
  isCancelled: () => boolean,
  failures: { code: string; error: unknown }[],
  onRuleTime: ((code: string, ms: number) => void) | undefined,
): Map<string, Finding[]> {
  const { workspace, settings } = fileContext;
  const lookup = workspace.trackedLookupOf(settings.defaultNamespace);
  const stamp = workspace.stamp;
  const unchanged = (deps: ReadonlySet<string>, since: WorkspaceStamp) =>
    workspace.unchangedSince(deps, since);
  const context: RuleContext = { ...fileContext, lookup };
  const all = new Map<string, Finding[]>(rules.map((rule) => [rule.code, []]));
  for (const document of file.yaml.documents) {
    if (isCancelled()) break;
    const findings = cache.lookupFindingsOf(
      file.uri,
      document.doc,
      settings,
      stamp,
      unchanged,
      workspace,
      () => {
        const { value, deps } = captureDependencies(lookup, () =>
          checkDocument(
            file,
            document,
            resourcesOfDocument(file.resources, document.index),
            context,
            rules,
            failures,
            onRuleTime,
            // A rule may look at the schema issues of a resource it found in another document of
            // this file (subset-not-found skips a DestinationRule whose subsets are malformed):
            // the whole file's, as when the rule checks the whole file. Found through the lookup,
            // that resource is among what the findings depend on.
            () => fileContext.analysis.schemaIssues,
          ),
        );
        return { ...value, deps };
      },
    );
    for (const [code, list] of findings) all.get(code)?.push(...list);
  }
  return all;
}

/**
 * The resources of one document: a file's resources are in document order, so they are found by
 * bisection, only for the documents whose findings are not kept (an edit: one).
 */
function resourcesOfDocument(resources: readonly Resource[], index: number): readonly Resource[] {
  const first = (docIndex: number) => {
    let low = 0;
    let high = resources.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (resources[mid]!.docIndex < docIndex) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const start = first(index);
  return start < resources.length && resources[start]!.docIndex === index
    ? resources.slice(start, first(index + 1))
    : [];
}

function checkDocument(
  file: SourceFile,
  document: YamlDocument,
  resources: readonly Resource[],
  fileContext: RuleContext,
  rules: readonly Rule[],
  failures: { code: string; error: unknown }[],
  onRuleTime: ((code: string, ms: number) => void) | undefined,
  fileSchemaIssues?: () => readonly SchemaIssue[],
): { findings: DocumentFindings; keep: boolean } {
  const view: SourceFile = { ...file, yaml: { ...file.yaml, documents: [document] }, resources };
  const context: RuleContext = {
    ...fileContext,
    file: view,
    analysis: new FileAnalysis(
      view,
      fileContext.analysis.schemaIssueCache,
      undefined,
      undefined,
      fileSchemaIssues,
    ),
  };
  // Most documents have no findings: only rules that found something get an entry.
  const findings = new Map<string, Finding[]>();
  let keep = true;
  // One report function for every rule of the document (rules report while they run), not a
  // closure per rule and document: ~75,000 of them on the bench's 2,087-document file.
  let code = '';
  const collect = (finding: Finding): void => {
    const list = findings.get(code);
    if (list) list.push(finding);
    else findings.set(code, [finding]);
  };
  for (const rule of rules) {
    const started = onRuleTime ? performance.now() : 0;
    code = rule.code;
    try {
      rule.check(context, collect);
    } catch (error) {
      failures.push({ code: rule.code, error });
      keep = false;
    }
    if (onRuleTime) onRuleTime(rule.code, performance.now() - started);
  }
  return { findings, keep };
}

function unusedMessage(codes: readonly string[]): string {
  if (codes.length === 0) return 'Unused disable comment: nothing is reported here.';
  const unknown = codes.filter((c) => !RULES.some((r) => r.code === c));
  const quoted = (list: readonly string[]) => list.map((c) => `\`${c}\``).join(', ');
  if (unknown.length)
    return `Unused disable comment: ${quoted(unknown)} ${unknown.length === 1 ? 'is not a rule code' : 'are not rule codes'} (see \`istio-canary\` rules in the README).`;
  return `Unused disable comment: nothing reports ${quoted(codes)} here.`;
}

function toDiagnostic(
  file: SourceFile,
  workspace: WorkspaceIndex,
  code: string,
  severity: Severity,
  finding: Finding,
): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(file, finding.span),
    severity: SEVERITY[severity],
    code,
    // The rule's page (docs/rules/<code>.md in the extension), opened by a client command.
    codeDescription: { href: ruleDocHref(code) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.data !== undefined) diagnostic.data = finding.data;
  if (finding.tag)
    diagnostic.tags = [finding.tag === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary];
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: {
        uri: r.uri,
        range:
          r.uri === file.uri
            ? toRange(file, r.span)
            : {
                start: workspace.positionAt(r.uri, r.span.start),
                end: workspace.positionAt(r.uri, r.span.end),
              },
      },
      message: r.message,
    }));
  }
  return diagnostic;
}

export function toRange(file: SourceFile, span: Span) {
  const starts = lineStartsOf(file.document);
  if (!starts)
    return { start: file.document.positionAt(span.start), end: file.document.positionAt(span.end) };
  const length = file.document.getText().length;
  return { start: positionIn(starts, length, span.start), end: positionIn(starts, length, span.end) };
}

/**
 * The line starts of a document's current text when it has no carriage return, found with the
 * native `indexOf` (TextDocument's own positionAt first scans every character in a loop, ~80 ms
 * on the bench's 60k-line file while the code is still cold: that was the first diagnostics'
 * conversion of offsets to positions); undefined for CR line ends, which TextDocument handles.
 */
function lineStartsOf(document: TextDocument): readonly number[] | undefined {
  const text = document.getText();
  const known = lineStartsMemo.get(document);
  // A document is updated in place on an edit: the line starts hold for the text they came from.
  if (known && known.text === text) return known.starts;
  const starts = text.includes('\r') ? undefined : computeLineStarts(text);
  lineStartsMemo.set(document, { text, starts });
  return starts;
}

const lineStartsMemo = new WeakMap<TextDocument, { text: string; starts: readonly number[] | undefined }>();

/** TextDocument.positionAt for a text with LF line ends only. */
function positionIn(starts: readonly number[], length: number, offset: number): Position {
  const at = Math.max(Math.min(offset, length), 0);
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! > at) high = mid;
    else low = mid + 1;
  }
  const line = low - 1;
  return { line, character: at - starts[line]! };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};
