// Rendering for the CLI: a Kustomize overlay (`kubectl kustomize DIR`) or a Helm chart
// (`helm template CHART`) becomes YAML text the language service analyses like any file, and
// findings on that text are mapped back to the file that produced the line when one can be
// found (a patch or resource file with the same line in the same kind/name), otherwise to the
// kustomization line that lists the patch or resource. Tools run through `execFile` with argument
// arrays, never a shell string; only local kustomize bases are rendered.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument, type Node } from '../syntax/yamlAst';

export type ToolResult =
  | { readonly ok: true; readonly stdout: string }
  | { readonly ok: false; readonly missing: boolean; readonly message: string };

/** Runs a program with arguments (no shell) and returns its output. */
export type RunTool = (command: string, args: readonly string[], cwd: string) => ToolResult;

export const runTool: RunTool = (command, args, cwd) => {
  try {
    const stdout = execFileSync(command, [...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    return { ok: true, stdout };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      return { ok: false, missing: true, message: `${command} was not found on the PATH` };
    const detail = typeof e.stderr === 'string' && e.stderr.trim() ? e.stderr.trim() : e.message;
    return { ok: false, missing: false, message: `${command} ${args.join(' ')} failed: ${detail}` };
  }
};

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** The kustomization file of a folder, if it has one. */
export function kustomizationFileIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_NAMES) {
    const file = path.join(dir, name);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/** A place in a source file a rendered line came from. */
export interface SourceLine {
  readonly file: string;
  /** 0-based. */
  readonly line: number;
  readonly character: number;
}

interface Candidate {
  readonly file: string;
  readonly kind?: string;
  readonly name?: string;
  readonly lines: readonly string[];
}

/** What `kubectl kustomize` saw: the files to map back to, and the kustomization lines. */
export interface KustomizeSources {
  /** Patch and resource files, each document with its kind/name. */
  readonly candidates: Candidate[];
  /** Lines of kustomization files that list a patch (by target kind/name) or a resource. */
  readonly listings: { kind?: string; name?: string; patch?: 'inline' | 'file'; at: SourceLine }[];
  /** Remote bases found (not rendered). */
  readonly remote: string[];
}

const REMOTE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.*\.git/i;

/** Walks the local kustomization tree under `dir`, collecting what findings can map back to. */
export function readKustomizeSources(dir: string): KustomizeSources {
  const sources: KustomizeSources = { candidates: [], listings: [], remote: [] };
  collect(dir, sources, new Set());
  return sources;
}

function collect(dir: string, sources: KustomizeSources, seen: Set<string>): void {
  const file = kustomizationFileIn(dir);
  if (!file || seen.has(file)) return;
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  const at = (node: unknown): SourceLine => lineOf(file, text, node);
  const root = doc.contents;
  if (!isMap(root)) return;
  const entries = (key: string): Node[] => {
    const value = root.get(key, true);
    return isSeq(value) ? (value.items as Node[]) : [];
  };
  for (const item of [...entries('resources'), ...entries('bases'), ...entries('components')]) {
    if (!isScalar(item) || typeof item.value !== 'string') continue;
    const entry = item.value;
    if (REMOTE.test(entry)) {
      sources.remote.push(`${entry} (${path.relative(process.cwd(), file) || file})`);
      continue;
    }
    const target = path.resolve(dir, entry);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      // A base folder: whatever it renders that no finer source explains maps to this line.
      sources.listings.push({ at: at(item) });
      collect(target, sources, seen);
    } else if (fs.existsSync(target)) {
      for (const c of addCandidates(target, sources)) sources.listings.push({ ...c, at: at(item) });
    }
  }
  const patchFile = (item: Node, entry: string) => {
    const target = path.resolve(dir, entry);
    if (fs.existsSync(target))
      for (const c of addCandidates(target, sources))
        sources.listings.push({ ...c, patch: 'file', at: at(item) });
  };
  for (const item of entries('patchesStrategicMerge'))
    if (isScalar(item) && typeof item.value === 'string') patchFile(item, item.value);
  for (const item of [...entries('patches'), ...entries('patchesJson6902')]) {
    if (!isMap(item)) continue;
    const p = item.get('path', true);
    if (isScalar(p) && typeof p.value === 'string') patchFile(p, p.value);
    const target = item.get('target', true);
    if (isMap(target) && item.has('patch')) {
      const kind = target.get('kind');
      const name = target.get('name');
      sources.listings.push({
        ...(typeof kind === 'string' ? { kind } : {}),
        ...(typeof name === 'string' ? { name } : {}),
        patch: 'inline',
        at: at(item),
      });
    }
  }
}

function addCandidates(file: string, sources: KustomizeSources): { kind?: string; name?: string }[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const out: { kind?: string; name?: string }[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (!('contents' in doc) || !isMap(doc.contents)) continue;
    const kind = doc.contents.get('kind');
    const metadata = doc.contents.get('metadata', true);
    const name = isMap(metadata) ? metadata.get('name') : undefined;
    const range = doc.contents.range;
    const start = text.slice(0, range[0]).split(/\r?\n/).length - 1;
    const own = text.slice(0, range[2]).split(/\r?\n/);
    const lines = own.map((l, i) => (i < start ? '' : l));
    const meta = {
      ...(typeof kind === 'string' ? { kind } : {}),
      ...(typeof name === 'string' ? { name } : {}),
    };
    sources.candidates.push({ file, ...meta, lines });
    out.push(meta);
  }
  return out;
}

function lineOf(file: string, text: string, node: unknown): SourceLine {
  const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
  const before = text.slice(0, offset).split(/\r?\n/);
  return { file, line: before.length - 1, character: before[before.length - 1]!.length };
}

/**
 * Where a rendered line of the resource `kind`/`name` came from: a source line with the same text
 * in a document of that kind and name, else the kustomization line listing a patch or resource for
 * it, else undefined.
 */
export function mapRenderedLine(
  sources: KustomizeSources,
  kind: string,
  name: string,
  lineText: string,
): SourceLine | undefined {
  const wanted = lineText.trim();
  const same = (c: { kind?: string; name?: string }) => c.kind === kind && c.name === name;
  // Only a line with a value says where it came from; `- destination:` is in every version.
  if (/^(- )?[^:#]+:\s*\S/.test(wanted)) {
    for (const candidate of sources.candidates) {
      if (!same(candidate)) continue;
      const index = candidate.lines.findIndex((l) => l.trim() === wanted);
      if (index >= 0)
        return { file: candidate.file, line: index, character: candidate.lines[index]!.indexOf(wanted) };
    }
  }
  // A changed line no file has verbatim most likely comes from an inline patch (patch files were
  // searched above), then from a patch file, then from the resources.
  const rank = { inline: 0, file: 1 } as const;
  const ordered = [...sources.listings].sort(
    (a, b) => (a.patch ? rank[a.patch] : 2) - (b.patch ? rank[b.patch] : 2),
  );
  const listing =
    ordered.find((l) => l.kind === kind && l.name === name) ??
    ordered.find((l) => l.kind === kind && l.name === undefined) ??
    ordered.find((l) => l.kind === undefined);
  return listing?.at;
}

/** Splits `helm template` output at its `# Source: chart/templates/x.yaml` comments. */
export function splitHelmOutput(text: string): { source: string; text: string }[] {
  const parts: { source: string; text: string }[] = [];
  const marker = /^# Source: (.+)$/gm;
  const found = [...text.matchAll(marker)];
  if (found.length === 0) return text.trim() ? [{ source: 'rendered', text }] : [];
  found.forEach((m, i) => {
    const start = m.index;
    const end = i + 1 < found.length ? found[i + 1]!.index : text.length;
    // The `---` before the next marker belongs to the next document; strip it from this one.
    const body = text.slice(start, end).replace(/\n---\s*$/, '\n');
    const last = parts.find((p) => p.source === m[1]!.trim());
    if (last) last.text += `---\n${body}`;
    else parts.push({ source: m[1]!.trim(), text: body });
  });
  return parts;
}
