// Finds the YAML files to check: files given directly, and *.yaml / *.yml below folders, skipping
// node_modules, .git and excluded globs. Used by the CLI and by the server's workspace scan.
// Synchronous on purpose: listing directories is quick, and the CLI's commands are synchronous.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { matchesPathGlob } from '../../../protocol/src/glob';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface FoundFiles {
  readonly files: string[];
  /** Paths that do not exist or cannot be read, with the reason. */
  readonly unreadable: { path: string; reason: string }[];
}

export function findYamlFiles(paths: readonly string[], exclude: readonly string[] = []): FoundFiles {
  const files: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      unreadable.push({
        path: given,
        reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error),
      });
      continue;
    }
    if (stat.isFile()) {
      files.push(given);
      continue;
    }
    if (stat.isDirectory()) walk(given, given, exclude, files);
  }
  return { files: [...new Set(files)].sort(), unreadable };
}

function walk(root: string, dir: string, exclude: readonly string[], out: string[]): void {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(root, full).split(path.sep).join('/');
    if (exclude.length && matchesPathGlob(relative, exclude)) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(root, full, exclude, out);
    } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) {
      out.push(full);
    }
  }
}
