// Tokenizes YAML the way VS Code does for the grammar tests: vscode-textmate with the Oniguruma
// WASM engine, a YAML base grammar (tm-grammars' copy of the TextMate YAML grammar that VS Code
// long shipped) and, optionally, our injection grammar as package.json contributes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const repositoryRoot = join(__dirname, '..', '..', '..');
export const yamlScope = 'source.yaml';

export interface Token {
  readonly text: string;
  /** Scopes from outermost to innermost, without the root `source.yaml`. */
  readonly scopes: readonly string[];
  readonly line: number;
  readonly startColumn: number;
}

export interface GrammarContribution {
  readonly scopeName: string;
  readonly path: string;
  readonly injectTo: readonly string[];
}

/** The grammar contributions listed in package.json, read as VS Code reads them. */
export function readGrammarContributions(): GrammarContribution[] {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
    contributes?: { grammars?: { scopeName?: unknown; path?: unknown; injectTo?: unknown }[] };
  };
  return (manifest.contributes?.grammars ?? []).map((entry) => ({
    scopeName: typeof entry.scopeName === 'string' ? entry.scopeName : '',
    path: typeof entry.path === 'string' ? entry.path : '',
    injectTo: Array.isArray(entry.injectTo)
      ? entry.injectTo.filter((s): s is string => typeof s === 'string')
      : [],
  }));
}

let onigLib: Promise<textmate.IOnigLib> | undefined;

/** Oniguruma's WASM can be loaded once per process, so every tokenizer shares one engine. */
export function loadOnigLib(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

export interface YamlTokenizer {
  tokenize(text: string): Token[][];
}

/** Builds a tokenizer for YAML, with our contributed injection grammars unless `withInjection` is false. */
export async function createYamlTokenizer(withInjection: boolean): Promise<YamlTokenizer> {
  const contributions = withInjection ? readGrammarContributions() : [];
  const basePath = require.resolve('tm-grammars/grammars/yaml.json');
  const registry = new textmate.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: (scopeName) => {
      if (scopeName === yamlScope) {
        return Promise.resolve(textmate.parseRawGrammar(readFileSync(basePath, 'utf8'), basePath));
      }
      const contribution = contributions.find((c) => c.scopeName === scopeName);
      if (!contribution) return Promise.resolve(null);
      const path = join(repositoryRoot, contribution.path);
      return Promise.resolve(textmate.parseRawGrammar(readFileSync(path, 'utf8'), path));
    },
    getInjections: (scopeName) =>
      contributions.filter((c) => c.injectTo.includes(scopeName)).map((c) => c.scopeName),
  });
  const grammar = await registry.loadGrammar(yamlScope);
  if (!grammar) throw new Error('the YAML base grammar did not load');
  return {
    tokenize(text: string): Token[][] {
      let state = textmate.INITIAL;
      return text.split(/\r?\n/).map((lineText, line) => {
        const result = grammar.tokenizeLine(lineText, state);
        state = result.ruleStack;
        return result.tokens.map((token) => ({
          text: lineText.slice(token.startIndex, token.endIndex),
          scopes: token.scopes.filter((scope, i) => !(i === 0 && scope === yamlScope)),
          line,
          startColumn: token.startIndex,
        }));
      });
    },
  };
}

const sameScopes = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((scope, i) => scope === b[i]);

/**
 * Merges neighbouring tokens with identical scopes (the YAML grammar splits a key's first
 * character from the rest) and drops whitespace-only tokens, so output shows meaning, not engine detail.
 */
export function normalizeLine(tokens: readonly Token[], dropScope?: (scope: string) => boolean): Token[] {
  const merged: Token[] = [];
  for (const token of tokens) {
    const scopes = dropScope ? token.scopes.filter((s) => !dropScope(s)) : token.scopes;
    const previous = merged[merged.length - 1];
    if (
      previous &&
      sameScopes(previous.scopes, scopes) &&
      previous.startColumn + previous.text.length === token.startColumn
    ) {
      merged[merged.length - 1] = { ...previous, text: previous.text + token.text };
    } else {
      merged.push({ ...token, scopes });
    }
  }
  return merged.filter((token) => token.text.trim() !== '');
}

/** Renders tokens as text: each source line after `>`, then each token underlined with its scopes. */
export function renderTokens(text: string, lines: readonly (readonly Token[])[]): string {
  const sourceLines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((tokens, i) => {
    out.push(`>${sourceLines[i] ?? ''}`);
    for (const token of normalizeLine(tokens)) {
      out.push(
        `${' '.repeat(token.startColumn + 1)}${'^'.repeat(token.text.length)} ${token.scopes.join(' ')}`,
      );
    }
  });
  return out.join('\n') + '\n';
}
