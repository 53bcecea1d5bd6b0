// One file's part of `istio-canary check`, shared by the in-process check (main.ts) and the check
// worker threads (checkWorker.ts), so both give the same findings in the same order: the file's
// own findings while its syntax tree is at hand (`checkLocal`), then, with every file indexed,
// the cross-file ones and the unused disable comments (`fileFindings`). A worker hands its part
// over as plain data (`handOver`), and the main thread takes it up again (`takeOver`).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { LanguageService, PhasedDiagnostics, SourceFile } from '../languageService';
import type { SchemaIssue } from '../features/diagnostics/schemaCheck';
import { namespaceOf } from '../model/namespaces';
import { toFinding, type Finding } from './format';

export interface Checked {
  readonly phased: PhasedDiagnostics;
  readonly unused: Diagnostic[];
}

/** Where a finding's line in rendered text came from (file and position), when known. */
export type MapBack = (
  kind: string,
  name: string,
  lineText: string,
) => { display: string; line: number; character: number } | undefined;

/** The first look at a parsed file: its own findings; the syntax tree may be dropped afterwards. */
export function checkLocal(
  service: LanguageService,
  file: SourceFile,
  reportUnusedDisables: boolean,
): Checked {
  return {
    phased: service.diagnoseInPhases(file),
    // Disable comments of the file's own rules are judged while its tree is at hand; those
    // of cross-file rules again at the end (see fileFindings).
    unused: reportUnusedDisables ? service.unusedDisables(file) : [],
  };
}

/**
 * What a worker thread sends for a file it parsed and checked (`checkLocal`): the parse without
 * its syntax tree and the file's own findings, all plain data for `v8.serialize`.
 */
export interface HandedOver {
  readonly file: Omit<SourceFile, 'document'>;
  readonly local: Diagnostic[];
  readonly schemaIssues: readonly SchemaIssue[];
  readonly unused: Diagnostic[];
}

export function handOver(item: Checked): HandedOver {
  const { uri, yaml, resources, isKubernetes, templateAction } = item.phased.file;
  return {
    file: { uri, yaml, resources, isKubernetes, ...(templateAction ? { templateAction } : {}) },
    local: item.phased.local,
    schemaIssues: item.phased.schemaIssues,
    unused: item.unused,
  };
}

/**
 * A file checked on its own by a worker thread, or by another language service of this thread
 * (checkWorker.ts `BatchParser`), taken up by `service`: its cross-file findings come from this
 * service's index (the caller indexes the file, with `phased.file.resources` as they are).
 */
export function takeOver(service: LanguageService, part: HandedOver | Checked): Checked {
  const handed = 'phased' in part ? handOver(part) : part;
  const file: SourceFile =
    'phased' in part
      ? part.phased.file
      : { ...handed.file, document: TextDocument.create(handed.file.uri, 'yaml', 1, handed.file.yaml.text) };
  const schemaIssues = handed.schemaIssues;
  return {
    phased: {
      file,
      local: handed.local,
      schemaIssues,
      crossFile: () => service.diagnose(file, undefined, { scope: 'crossFile', schemaIssues }),
    },
    unused: handed.unused,
  };
}

/** Every finding of one file, once the whole workspace is indexed (hints left out). */
export function fileFindings(
  service: LanguageService,
  display: string,
  item: Checked,
  reportUnusedDisables: boolean,
  mapBack?: MapBack,
): Finding[] {
  const findings: Finding[] = [];
  const file = item.phased.file;
  // A comment is unused when neither the first look (its own rules) nor the last (cross-file
  // rules, with every file indexed) found anything for it to silence.
  const unusedAtEnd = reportUnusedDisables ? service.unusedDisables(file) : [];
  const unused = item.unused.filter((u) =>
    unusedAtEnd.some((e) => e.range.start.line === u.range.start.line && e.message === u.message),
  );
  for (const d of [...item.phased.local, ...item.phased.crossFile(), ...unused]) {
    // Hints are the editor's asides (who owns a route's weights), not findings for CI.
    if (d.severity === DiagnosticSeverity.Hint) continue;
    const offset = file.document.offsetAt(d.range.start);
    const resource = file.resources.find((r) => offset >= r.span.start && offset <= r.span.end);
    let source: ReturnType<MapBack>;
    if (mapBack && resource) {
      const line = file.document.getText({
        start: { line: d.range.start.line, character: 0 },
        end: { line: d.range.start.line + 1, character: 0 },
      });
      source = mapBack(resource.kind, resource.name?.value ?? '', line);
    }
    const at = source ? { line: source.line, character: source.character } : undefined;
    findings.push(
      toFinding(
        source?.display ?? display,
        at ? { ...d, range: { start: at, end: at } } : d,
        resource
          ? {
              kind: resource.kind,
              namespace: namespaceOf(resource, service.settings.defaultNamespace),
              name: resource.name?.value ?? '',
            }
          : null,
      ),
    );
  }
  return findings;
}
