// The workspace index: a small summary per file (its resource views and line starts, no syntax
// trees), keyed by URI. Hosts update one file at a time; cross-file rules and navigation read
// summaries only.
import type { Position } from 'vscode-languageserver-types';
import type { Resource } from '../model/resources';

export interface FileSummary {
  readonly uri: string;
  readonly resources: readonly Resource[];
  /** Offsets at which lines start, to turn spans into positions without the file's text. */
  readonly lineStarts: readonly number[];
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, FileSummary>();

  set(summary: FileSummary): void {
    this.files.set(summary.uri, summary);
  }

  delete(uri: string): boolean {
    return this.files.delete(uri);
  }

  get(uri: string): FileSummary | undefined {
    return this.files.get(uri);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  get size(): number {
    return this.files.size;
  }

  uris(): IterableIterator<string> {
    return this.files.keys();
  }

  *resources(): IterableIterator<Resource> {
    for (const file of this.files.values()) yield* file.resources;
  }

  /** The position of an offset in an indexed file (line 0 when the file is unknown). */
  positionAt(uri: string, offset: number): Position {
    const starts = this.files.get(uri)?.lineStarts;
    if (!starts || starts.length === 0) return { line: 0, character: 0 };
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - starts[low]! };
  }
}
