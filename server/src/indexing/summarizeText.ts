// The index summary of a file's text (its resource views and line starts), computed without a
// language service: what the scan's worker threads send back to the server. Pure, no I/O.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createSourceFile } from '../sourceFile';
import { DEFAULT_PARSE_LIMITS } from '../syntax/parseYaml';
import { summarize, type FileSummary } from '../workspace/workspaceIndex';

export function summarizeText(uri: string, text: string, maxFileSize: number): FileSummary {
  const document = TextDocument.create(uri, 'yaml', 0, text);
  return summarize(createSourceFile(document, { ...DEFAULT_PARSE_LIMITS, maxFileSize }));
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
