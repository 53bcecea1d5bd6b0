// The contract between the diagnostics engine and the rules in rules/: one rule per file, each a
// plain object with a stable kebab-case code, a default severity, documentation, and a check
// function that reports findings as offsets. Rules never see LSP types.
import type { Span } from '../../syntax/parseYaml';
import type { SourceFile } from '../../sourceFile';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { WorkspaceLookup } from '../../workspace/resolve';
import type { Settings } from '../../settings';
import type { FileAnalysis } from './fileAnalysis';
import type { DiagnoseResult } from './diagnose';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RelatedLocation {
  readonly uri: string;
  readonly span: Span;
  readonly message: string;
}

export interface Finding {
  readonly span: Span;
  readonly message: string;
  /** Data for quick fixes (kept on the LSP diagnostic's `data`). */
  readonly data?: unknown;
  readonly related?: readonly RelatedLocation[];
  /** Shown faded (unreachable code) or struck through (deprecated). */
  readonly tag?: 'unnecessary' | 'deprecated';
  /**
   * This finding's own level, for rules whose findings differ in certainty (a likely typo is a
   * warning, a reference that may live in another repository is info). A user setting for the
   * rule's code still wins.
   */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly file: SourceFile;
  readonly workspace: WorkspaceIndex;
  readonly settings: Settings;
  /** Shared, lazily computed views of the file (schema issues, traffic splits). */
  readonly analysis: FileAnalysis;
  /**
   * Runs the whole catalogue over another parse with this workspace: the resources a controller
   * will generate from this file (flagger-generated), which no file holds.
   */
  readonly diagnoseGenerated?: (file: SourceFile) => DiagnoseResult;
  /**
   * The workspace lookup to resolve against, when the engine checks one document of an indexed
   * file on its own (a recording view, see workspace/lookupDependencies.ts); rules read it
   * through `lookupOf`.
   */
  readonly lookup?: WorkspaceLookup;
}

export interface Rule {
  /** Stable kebab-case code, shown in the editor and used in settings. */
  readonly code: string;
  readonly defaultSeverity: Severity;
  /** One line: what the rule finds. */
  readonly summary: string;
  /** The matching `istioctl analyze` message codes, when there are any. */
  readonly istioctl?: readonly string[];
  /** Whether the rule looks at other files through the workspace index. */
  readonly crossFile?: boolean;
  /**
   * Whether the rule's findings about a document depend on that document alone (its YAML, its
   * resources and the settings; not other documents of the file, nor the workspace). The engine then checks
   * each document on its own, with a view of the file that holds only that document and its
   * resources, and keeps its findings while the document is unchanged, so an edit of a large file
   * re-runs the rule on the edited document only (documentFindingsCache.ts). Only for rules
   * without `crossFile`; test/server/diagnostics/perDocument.test.ts checks the answer is the same.
   */
  readonly perDocument?: boolean;
  /**
   * Whether a finding about one document may depend on other documents of the same file read
   * directly (not through the lookup), or on workspace state outside the lookup (kustomizations,
   * generated files). Without it, the editor checks each document of an indexed file on its own
   * and keeps its findings until something the rule read from the lookup changes
   * (diagnose.ts, workspace/lookupDependencies.ts); perDocument.test.ts and
   * lookupFindings.test.ts check the answer is the same.
   */
  readonly wholeFile?: boolean;
  check(context: RuleContext, report: (finding: Finding) => void): void;
}
