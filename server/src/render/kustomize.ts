// Kustomize overlays for every host that renders them (the CLI's `check overlays/canary` and the
// editor's overlay preview, through the LSP shell): the local kustomization tree a folder renders
// from, `kubectl kustomize DIR` through `execFile` with an argument array (never a shell), and
// where a rendered line came from (a patch or resource file with the same line in the same
// kind/name, otherwise the kustomization line that lists the patch or resource). Only local bases
// are rendered: a remote one is refused before kubectl runs. Like cluster/, this module runs a
// process, so the pure language service never imports it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execKubectl } from '../cluster/execKubectl';
import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument, type Node } from '../syntax/yamlAst';

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
  /** The folders of the kustomizations in the tree (what to watch: a change there re-renders). */
  readonly folders: string[];
}

const REMOTE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)|\?ref=|\/\/.*\.git/i;

/** Walks the local kustomization tree under `dir`, collecting what findings can map back to. */
export function readKustomizeSources(dir: string): KustomizeSources {
  const sources: KustomizeSources = { candidates: [], listings: [], remote: [], folders: [] };
  collect(dir, sources, new Set());
  return sources;
}

function collect(dir: string, sources: KustomizeSources, seen: Set<string>): void {
  const file = kustomizationFileIn(dir);
  if (!file || seen.has(file)) return;
  seen.add(file);
  sources.folders.push(dir);
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

/** The URI the rendered text of an overlay folder is analysed under (not a file on disk). */
export function renderedUri(dir: string): string {
  return pathToFileURL(path.join(dir, '.kustomize-rendered.yaml')).toString();
}

/** Runs `kubectl` with arguments (execFile, never a shell); rejects only when it cannot start. */
export type KustomizeRunner = (
  args: readonly string[],
  signal?: AbortSignal,
) => Promise<{ readonly stdout: string; readonly stderr: string; readonly exitCode: number }>;

export type RenderOutcome =
  | { readonly ok: true; readonly text: string; readonly sources: KustomizeSources }
  | {
      readonly ok: false;
      /** `remote`: a remote base (nothing ran); `missing`: no kubectl; `failed`: kustomize refused. */
      readonly reason: 'not-kustomization' | 'remote' | 'missing' | 'failed';
      readonly message: string;
      readonly sources?: KustomizeSources;
    };

/** Why an overlay with remote bases is not rendered (the CLI and the editor say the same). */
export function remoteBasesRefusal(display: string, sources: KustomizeSources): string {
  return `${display}: remote bases are not rendered (only local ones): ${sources.remote.join(', ')}`;
}

/**
 * Renders the kustomization in `dir` with `kubectl kustomize DIR`, after refusing remote bases
 * (kustomize would fetch them over the network). `display` names the folder in messages.
 */
export async function renderKustomization(
  dir: string,
  run: KustomizeRunner,
  display: string = dir,
  signal?: AbortSignal,
): Promise<RenderOutcome> {
  if (!kustomizationFileIn(dir))
    return { ok: false, reason: 'not-kustomization', message: `${display} has no kustomization.yaml` };
  let sources: KustomizeSources;
  try {
    sources = readKustomizeSources(dir);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'failed', message: `${display} could not be read: ${message}` };
  }
  if (sources.remote.length)
    return {
      ok: false,
      reason: 'remote',
      message: remoteBasesRefusal(display, sources),
      sources,
    };
  let result: Awaited<ReturnType<KustomizeRunner>>;
  try {
    result = await run(['kustomize', dir], signal);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'missing', message, sources };
  }
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim() || `exit code ${result.exitCode}`;
    return {
      ok: false,
      reason: 'failed',
      message: `kubectl kustomize ${display} failed: ${detail}`,
      sources,
    };
  }
  return { ok: true, text: result.stdout, sources };
}

/** The Node runner: `kubectlPath` through execFile with an argument array, bounded in time and output. */
export function execKustomize(kubectlPath: string, limitMs = 60_000): KustomizeRunner {
  return execKubectl({
    kubectlPath,
    limitMs,
    notFoundHint: 'Install kubectl or set istioCanary.kubectlPath.',
  });
}

/**
 * Where the rendered text at `line` (0-based) came from: the line's resource (kind and name) and
 * text, looked up with `mapRenderedLine`. `resources` are the rendered file's, with offsets.
 */
export function sourceOfRenderedLine(
  sources: KustomizeSources,
  text: string,
  lineStarts: (line: number) => number,
  resources: readonly { kind: string; name?: { value: string }; span: { start: number; end: number } }[],
  line: number,
): SourceLine | undefined {
  const offset = lineStarts(line);
  const resource = resources.find((r) => offset >= r.span.start && offset <= r.span.end);
  if (!resource) return undefined;
  const lineText = text.slice(offset, lineStarts(line + 1));
  return mapRenderedLine(sources, resource.kind, resource.name?.value ?? '', lineText);
}
