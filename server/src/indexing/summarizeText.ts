// The index summary of a file's text (its resource views and line starts), computed without a
// language service: what the scan's worker threads send back to the server. Pure, no I/O.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readResources } from '../model/readResources';
import { createSourceFile } from '../sourceFile';
import { findTemplateAction } from '../syntax/goTemplate';
import { DEFAULT_PARSE_LIMITS } from '../syntax/parseYaml';
import { readSummaryYaml } from '../syntax/summaryYaml';
import { computeLineStarts, summarize, type FileSummary } from '../workspace/workspaceIndex';

/**
 * The summary the index keeps for `text`, exactly as `summarize(createSourceFile(…))` gives it.
 * Most files are read by the summary reader (syntax/summaryYaml.ts), which builds no `yaml`
 * nodes; Go templates and whatever it leaves aside go through the full parse.
 */
export function summarizeText(uri: string, text: string, maxFileSize: number): FileSummary {
  const limits = { ...DEFAULT_PARSE_LIMITS, maxFileSize };
  const light = findTemplateAction(uri, text) ? undefined : readSummaryYaml(text, limits);
  if (light) return { uri, resources: readResources(uri, light), lineStarts: computeLineStarts(text) };
  const document = TextDocument.create(uri, 'yaml', 0, text);
  return summarize(createSourceFile(document, limits));
}

/** One file's outcome: its summary, or none when it cannot be indexed (unreadable, too large). */
export interface SummaryResult {
  readonly uri: string;
  readonly summary?: FileSummary;
}

/** A batch of files for a worker to read and summarise. */
export interface SummaryJob {
  readonly uris: readonly string[];
  readonly maxFileSize: number;
}
