// Multi-file fixtures for cross-file features, after rust-analyzer's `//- /path` headers: one
// text holds a whole workspace, each file introduced by a `#- /folder/file.yaml` comment line
// (a YAML comment, so the fixture still reads as YAML). An optional first line
// `# settings: {…}` (JSON) configures the service, as in the single-file fixtures.
// Expected diagnostics sit under their lines as caret comments, rendered by fixture.ts's
// renderDiagnostics, so a multi-file fixture is checked by comparing whole texts too.
// A `#- cluster:<context>` header (optionally followed by `namespaces=a,b` and
// `unread=group/Kind,…`) introduces live objects instead of a file: the workspace is laid over
// that cluster snapshot, and the section is kept as written (no diagnostics are shown there).
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAllDocuments } from 'yaml';
import type { ClusterSnapshot, LiveObject } from '../../protocol/src/cluster';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  createLanguageService,
  type LanguageService,
  type SourceFile,
} from '../../server/src/languageService';
import { renderDiagnostics, stripExpectations } from './fixture';

const HEADER = /^#- (\/\S+|cluster:\S+(?: \w+=\S+)*)\s*$/;
const SETTINGS = /^# settings: (.*)$/;

export interface FixtureFile {
  /** The path in the header, e.g. `/reviews/destination-rule.yaml`. */
  readonly path: string;
  /** The file's text as written in the fixture (expectation lines included). */
  readonly text: string;
}

export interface MultiFileFixture {
  readonly settingsLine?: string;
  readonly settings?: unknown;
  readonly files: readonly FixtureFile[];
}

/** Splits a fixture into its files. Text before the first header may only be the settings line. */
export function parseMultiFileFixture(fixture: string): MultiFileFixture {
  const lines = fixture.split('\n');
  let settingsLine: string | undefined;
  let settings: unknown;
  const files: { path: string; lines: string[] }[] = [];
  lines.forEach((line, i) => {
    const header = HEADER.exec(line);
    if (header) {
      files.push({ path: header[1]!, lines: [] });
      return;
    }
    const current = files[files.length - 1];
    if (current) {
      current.lines.push(line);
      return;
    }
    const setting = i === 0 ? SETTINGS.exec(line) : null;
    if (setting) {
      settingsLine = line;
      settings = JSON.parse(setting[1]!) as unknown;
    } else if (line.trim() !== '') {
      throw new Error(`fixture line ${i + 1} comes before the first "#- /path" header: ${line}`);
    }
  });
  if (files.length === 0) throw new Error('fixture has no "#- /path" file header');
  return {
    ...(settingsLine !== undefined ? { settingsLine, settings } : {}),
    files: files.map((f) => ({ path: f.path, text: f.lines.join('\n') })),
  };
}

/** The URI a fixture path gets in the service (a `file:` URI, as the editor and CLI use). */
export function fixtureUri(path: string): string {
  return `file://${path}`;
}

export interface Workspace {
  readonly service: LanguageService;
  /** Parsed files by fixture path, in fixture order. */
  readonly files: ReadonlyMap<string, SourceFile>;
}

/**
 * Builds a language service whose workspace index holds every file (expectation lines
 * removed). A rule that throws makes the service log, and the log throws, so failures surface.
 */
export function workspaceOf(fixture: MultiFileFixture | string): Workspace {
  const parsed = typeof fixture === 'string' ? parseMultiFileFixture(fixture) : fixture;
  const service = createLanguageService({
    settings: parsed.settings,
    log: (m) => {
      throw new Error(`service logged: ${m}`);
    },
  });
  const files = new Map<string, SourceFile>();
  const cluster = parsed.files.find((f) => f.path.startsWith('cluster:'));
  if (cluster) service.setClusterSnapshot(snapshotOf(cluster));
  for (const f of parsed.files) {
    if (f === cluster) continue;
    const file = service.parse(TextDocument.create(fixtureUri(f.path), 'yaml', 1, stripExpectations(f.text)));
    service.setWorkspaceFile(file);
    files.set(f.path, file);
  }
  // As after a host's scan and first request: tests read the views directly too.
  service.workspace.settle();
  return { service, files };
}

/** The snapshot a `#- cluster:<context> [namespaces=…] [unread=group/Kind,…]` section holds. */
export function snapshotOf(section: FixtureFile): ClusterSnapshot {
  const [head, ...options] = section.path.split(' ');
  const option = (name: string) =>
    options
      .find((o) => o.startsWith(`${name}=`))
      ?.slice(name.length + 1)
      .split(',');
  const namespaces = option('namespaces');
  return {
    context: head!.slice('cluster:'.length),
    ...(namespaces ? { namespaces } : {}),
    readAt: 0,
    objects: parseAllDocuments(section.text)
      .map((d) => d.toJS() as unknown)
      .filter((o): o is LiveObject => typeof o === 'object' && o !== null),
    unread: (option('unread') ?? []).map((gk) => {
      const slash = gk.lastIndexOf('/');
      return { group: gk.slice(0, slash), kind: gk.slice(slash + 1), reason: 'forbidden' as const };
    }),
  };
}

/** The fixture's cluster snapshot, when it has a `#- cluster:` section. */
export function clusterSnapshotOf(fixture: MultiFileFixture): ClusterSnapshot | undefined {
  const section = fixture.files.find((f) => f.path.startsWith('cluster:'));
  return section ? snapshotOf(section) : undefined;
}

/** Every file's diagnostics, by fixture path. */
export function diagnoseAll(workspace: Workspace): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const [path, file] of workspace.files) out.set(path, workspace.service.diagnose(file));
  return out;
}

/** The fixture as the service sees it now: headers, files, and caret lines for every diagnostic. */
export function renderMultiFileFixture(fixture: string): string {
  const parsed = parseMultiFileFixture(fixture);
  const workspace = workspaceOf(parsed);
  const diagnostics = diagnoseAll(workspace);
  const out: string[] = [];
  if (parsed.settingsLine !== undefined) out.push(parsed.settingsLine);
  for (const f of parsed.files) {
    out.push(`#- ${f.path}`);
    const file = workspace.files.get(f.path);
    if (!file) {
      out.push(f.text);
      continue;
    }
    out.push(renderDiagnostics(file.document.getText(), diagnostics.get(f.path) ?? []));
  }
  return out.join('\n');
}

/**
 * Compares a multi-file fixture file with what the service reports now; with UPDATE_EXPECT=1
 * the file is rewritten instead. Returns [actual, expected] for an assertion.
 */
export function checkMultiFileFixtureFile(path: string): [string, string] {
  const fixture = fs.readFileSync(path, 'utf8');
  const actual = renderMultiFileFixture(fixture);
  if (process.env.UPDATE_EXPECT === '1' && actual !== fixture) {
    fs.writeFileSync(path, actual);
    return [actual, actual];
  }
  return [actual, fixture];
}
