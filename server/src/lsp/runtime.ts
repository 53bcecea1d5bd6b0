// What the server needs from its environment, so that server.ts works the same under Node
// (main.ts builds the real one) and in tests (which can give an in-memory one).

import type { SummaryResult } from '../indexing/summarizeText';

export interface Runtime {
  /** Reads a file by URI; undefined when it cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** Size of a file in bytes, to skip huge files before reading them; undefined when unknown. */
  fileSize(uri: string): Promise<number | undefined>;
  /** Every *.yaml / *.yml below the folders, skipping node_modules, .git and the exclude globs. */
  findYamlFiles(folderUris: readonly string[], exclude: readonly string[]): Promise<string[]>;
  /**
   * Reads and summarises many files off the main thread (worker threads), calling `onResult` per
   * file; resolves with the files it could not do. Absent: the scan reads and parses in-process.
   */
  summarizeFiles?(
    uris: readonly string[],
    maxFileSize: number,
    onResult: (result: SummaryResult) => void,
  ): Promise<string[]>;
}
