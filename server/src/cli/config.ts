// The CLI's configuration: `--config <file>`, or `.istio-canary.json` / `.istio-canary.yaml`
// found in the current folder or the nearest parent. Same schema as the VS Code settings
// (`rules`, `exclude`, `defaultNamespace`, `rootNamespace`, `maxFileSize`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseYamlValue } from '../syntax/yamlAst';

export const CONFIG_NAMES = ['.istio-canary.json', '.istio-canary.yaml', '.istio-canary.yml'];

export interface LoadedConfig {
  readonly path?: string;
  readonly value: unknown;
}

export function findConfig(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads a config file; throws an Error with a clear message when it cannot be read or parsed. */
export function loadConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const value: unknown = file.endsWith('.json')
      ? JSON.parse(text)
      : parseYamlValue(text, { maxAliasCount: 50 });
    return { path: file, value };
  } catch (error) {
    throw new Error(`cannot parse config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
