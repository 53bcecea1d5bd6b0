// Loads the snippet files the extension contributes (as listed in package.json) and expands each
// snippet with its defaults, so the snippet tests read the same data VS Code does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandSnippet, type ExpandedSnippet } from '../support/snippetExpander';

/** The repository root: compiled tests run from out/test/snippets, sources live in test/snippets. */
export const repositoryRoot = join(__dirname, '..', '..', '..');

export interface ContributedSnippet {
  readonly name: string;
  readonly file: string;
  readonly language: string;
  readonly prefixes: readonly string[];
  readonly description: string;
  readonly body: readonly string[];
  readonly expanded: ExpandedSnippet;
}

interface SnippetContribution {
  readonly language?: unknown;
  readonly path?: unknown;
}

interface RawSnippet {
  readonly prefix?: unknown;
  readonly body?: unknown;
  readonly description?: unknown;
}

function toStringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** Reads every snippet of every `contributes.snippets` entry; malformed entries surface as empty fields. */
export function loadContributedSnippets(): ContributedSnippet[] {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
    contributes?: { snippets?: SnippetContribution[] };
  };
  const snippets: ContributedSnippet[] = [];
  for (const contribution of manifest.contributes?.snippets ?? []) {
    const file = typeof contribution.path === 'string' ? contribution.path : '';
    const language = typeof contribution.language === 'string' ? contribution.language : '';
    const raw = JSON.parse(readFileSync(join(repositoryRoot, file), 'utf8')) as Record<string, RawSnippet>;
    for (const [name, snippet] of Object.entries(raw)) {
      const body = toStringList(snippet.body);
      snippets.push({
        name,
        file,
        language,
        prefixes: toStringList(snippet.prefix),
        description: typeof snippet.description === 'string' ? snippet.description : '',
        body,
        expanded: expandSnippet(body),
      });
    }
  }
  return snippets;
}
