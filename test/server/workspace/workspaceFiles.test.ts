// The LSP shell's workspace-file handling (scan, watched-file events, closing documents) over an
// in-memory runtime: what gets indexed, what is skipped, and that open documents win over disk.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileChangeType, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/languageService';
import type { DocumentStore } from '../../../server/src/lsp/documents';
import type { Runtime } from '../../../server/src/lsp/runtime';
import type { Validator } from '../../../server/src/lsp/handlers/validation';
import { WorkspaceFiles } from '../../../server/src/lsp/handlers/workspaceFiles';
import { matchesPathGlob } from '../../../protocol/src/glob';
import { summarizeText, type SummaryResult } from '../../../server/src/indexing/summarizeText';

const GATEWAY = (name: string) => `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: ${name}
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "*"
`;

function setup(
  disk: Record<string, string>,
  folders: string[],
  settings?: unknown,
  options: { workers?: boolean } = {},
) {
  const service = createLanguageService({ settings });
  /** What the scan told the validator and the client's progress UI, in order. */
  const events: string[] = [];
  const open = new Map<string, TextDocument>();
  const runtime: Runtime = {
    readFile: (uri) => Promise.resolve(disk[uri]),
    fileSize: (uri) => Promise.resolve(disk[uri]?.length),
    findYamlFiles: (roots, exclude) =>
      Promise.resolve(
        Object.keys(disk).filter((uri) =>
          roots.some((root) => {
            if (!uri.startsWith(`${root}/`)) return false;
            const relative = uri.slice(root.length + 1);
            return !relative.split('/').includes('node_modules') && !matchesPathGlob(relative, exclude);
          }),
        ),
      ),
    // Stands in for the worker threads: the same summaries, made on this thread.
    ...(options.workers
      ? {
          summarizeFiles: (
            uris: readonly string[],
            maxFileSize: number,
            onResult: (r: SummaryResult) => void,
          ) => {
            events.push(`workers ${uris.length}`);
            for (const uri of uris) {
              const text = disk[uri];
              onResult(
                text === undefined ? { uri } : { uri, summary: summarizeText(uri, text, maxFileSize) },
              );
            }
            return Promise.resolve([]);
          },
        }
      : {}),
  };
  const documents = { get: (uri: string) => open.get(uri) } as unknown as DocumentStore;
  let othersScheduled = 0;
  const validator = {
    isIndexing: false,
    indexingStarted: (total: number) => events.push(`indexing 0/${total}`),
    indexingProgress: (done: number) => events.push(`indexed ${done}`),
    indexingDone: () => events.push('index ready'),
    notifyStatus: () => undefined,
    validateAll: () => undefined,
    settled: () => Promise.resolve(),
    scheduleOthers: () => {
      othersScheduled++;
    },
  } as unknown as Validator;
  const files = new WorkspaceFiles(
    runtime,
    documents,
    () => service,
    validator,
    () => undefined,
  );
  files.setFolders(folders);
  let onWatched: ((p: { changes: { uri: string; type: number }[] }) => Promise<void>) | undefined;
  files.register({
    onDidChangeWatchedFiles: (handler: typeof onWatched) => {
      onWatched = handler;
    },
    window: {
      createWorkDoneProgress: () =>
        Promise.resolve({
          begin: (title: string, _percentage: number, message: string) =>
            events.push(`progress ${title} ${message}`),
          report: (percentage: number, message: string) => events.push(`progress ${percentage}% ${message}`),
          done: () => events.push('progress done'),
        }),
    },
  } as unknown as Connection);
  const gatewayNames = () =>
    service.workspace
      .lookup('default')
      .gateways.map((g) => `${g.uri} ${g.name?.value}`)
      .sort();
  return {
    service,
    files,
    open,
    disk,
    gatewayNames,
    events,
    watched: (changes: { uri: string; type: number }[]) => onWatched!({ changes }),
    othersScheduled: () => othersScheduled,
  };
}

describe('workspace files', () => {
  it('scans every folder of a multi-root workspace, skipping node_modules and excluded globs', async () => {
    const t = setup(
      {
        'file:///a/gw.yaml': GATEWAY('a'),
        'file:///a/node_modules/pkg/gw.yaml': GATEWAY('dependency'),
        'file:///a/charts/gw.yml': GATEWAY('chart'),
        'file:///b/deploy/gw.yml': GATEWAY('b'),
      },
      ['file:///a', 'file:///b'],
      { exclude: ['charts/**'] },
    );
    await t.files.scan();
    assert.deepEqual(t.gatewayNames(), ['file:///a/gw.yaml a', 'file:///b/deploy/gw.yml b']);
  });

  it('follows created, changed and deleted files, but not excluded or outside ones', async () => {
    const t = setup({ 'file:///a/gw.yaml': GATEWAY('a') }, ['file:///a'], { exclude: ['generated/**'] });
    await t.files.scan();
    t.disk['file:///a/new.yaml'] = GATEWAY('new');
    t.disk['file:///a/generated/gw.yaml'] = GATEWAY('generated');
    t.disk['file:///a/node_modules/x/gw.yaml'] = GATEWAY('dependency');
    t.disk['file:///elsewhere/gw.yaml'] = GATEWAY('elsewhere');
    await t.watched(
      [
        'file:///a/new.yaml',
        'file:///a/generated/gw.yaml',
        'file:///a/node_modules/x/gw.yaml',
        'file:///elsewhere/gw.yaml',
      ].map((uri) => ({ uri, type: FileChangeType.Created })),
    );
    assert.deepEqual(t.gatewayNames(), ['file:///a/gw.yaml a', 'file:///a/new.yaml new']);
    t.disk['file:///a/new.yaml'] = GATEWAY('renamed-inside');
    await t.watched([{ uri: 'file:///a/new.yaml', type: FileChangeType.Changed }]);
    assert.deepEqual(t.gatewayNames(), ['file:///a/gw.yaml a', 'file:///a/new.yaml renamed-inside']);
    await t.watched([{ uri: 'file:///a/gw.yaml', type: FileChangeType.Deleted }]);
    assert.deepEqual(t.gatewayNames(), ['file:///a/new.yaml renamed-inside']);
    assert.ok(t.othersScheduled() > 0, 'open documents are re-checked after a change');
  });

  it('forgets every file of a deleted folder', async () => {
    const t = setup(
      {
        'file:///a/x/one.yaml': GATEWAY('one'),
        'file:///a/x/y/two.yaml': GATEWAY('two'),
        'file:///a/xz.yaml': GATEWAY('xz'),
      },
      ['file:///a'],
    );
    await t.files.scan();
    await t.watched([{ uri: 'file:///a/x', type: FileChangeType.Deleted }]);
    assert.deepEqual(t.gatewayNames(), ['file:///a/xz.yaml xz']);
  });

  it('an open document wins over disk until it is closed', async () => {
    const t = setup({ 'file:///a/gw.yaml': GATEWAY('on-disk') }, ['file:///a']);
    const edited = TextDocument.create('file:///a/gw.yaml', 'yaml', 3, GATEWAY('unsaved'));
    t.open.set(edited.uri, edited);
    t.service.setWorkspaceFile(t.service.parse(edited));
    await t.files.scan();
    await t.watched([{ uri: 'file:///a/gw.yaml', type: FileChangeType.Changed }]);
    assert.deepEqual(t.gatewayNames(), ['file:///a/gw.yaml unsaved']);
    await t.watched([{ uri: 'file:///a/gw.yaml', type: FileChangeType.Deleted }]);
    assert.deepEqual(t.gatewayNames(), ['file:///a/gw.yaml unsaved'], 'deleted on disk, still open');
    t.open.delete(edited.uri);
    delete t.disk['file:///a/gw.yaml'];
    await t.files.indexFromDisk(edited.uri);
    assert.deepEqual(t.gatewayNames(), []);
  });

  it('closing a document from outside the workspace folders drops it from the index', async () => {
    const t = setup({ 'file:///tmp/scratch.yaml': GATEWAY('scratch') }, ['file:///a']);
    const scratch = TextDocument.create('file:///tmp/scratch.yaml', 'yaml', 1, GATEWAY('scratch'));
    t.service.setWorkspaceFile(t.service.parse(scratch));
    assert.deepEqual(t.gatewayNames(), ['file:///tmp/scratch.yaml scratch']);
    await t.files.indexFromDisk(scratch.uri);
    assert.deepEqual(t.gatewayNames(), []);
  });

  it('a settings change to exclude drops the newly excluded files on the next scan', async () => {
    const t = setup({ 'file:///a/gw.yaml': GATEWAY('a'), 'file:///a/old/gw.yaml': GATEWAY('old') }, [
      'file:///a',
    ]);
    await t.files.scan();
    assert.equal(t.gatewayNames().length, 2);
    t.service.configure({ exclude: ['old/**'] });
    await t.files.scan();
    assert.deepEqual(t.gatewayNames(), ['file:///a/gw.yaml a']);
  });

  it('reports its progress, then says the index is ready', async () => {
    const disk: Record<string, string> = {};
    for (let i = 0; i < 3; i++) disk[`file:///a/gw-${i}.yaml`] = GATEWAY(`gw-${i}`);
    const t = setup(disk, ['file:///a']);
    await t.files.scan();
    // Intermediate reports are throttled (at most one per 100 ms); the first and last are not.
    assert.deepEqual(t.events.slice(0, 2), ['indexing 0/3', 'progress Indexing Istio resources 0/3']);
    assert.deepEqual(t.events.slice(-4), ['progress 100% 3/3', 'indexed 3', 'progress done', 'index ready']);
    for (const event of t.events.slice(2, -4)) assert.match(event, /^(progress \d+% [12]\/3|indexed [12])$/);
  });

  it('indexes through the runtime worker threads what it would index itself, open documents still winning', async () => {
    const disk: Record<string, string> = {};
    for (let i = 0; i < 40; i++) disk[`file:///a/team-${i % 3}/gw-${i}.yaml`] = GATEWAY(`gw-${i}`);
    disk['file:///a/broken.yaml'] = 'kind: [';
    disk['file:///a/charts/gw.yaml'] = GATEWAY('excluded');
    const inProcess = setup(disk, ['file:///a'], { exclude: ['charts/**'] });
    const withWorkers = setup(disk, ['file:///a'], { exclude: ['charts/**'] }, { workers: true });
    const openUri = 'file:///a/team-0/gw-0.yaml';
    withWorkers.open.set(openUri, TextDocument.create(openUri, 'yaml', 3, GATEWAY('edited')));
    withWorkers.service.setWorkspaceFile(withWorkers.service.parse(withWorkers.open.get(openUri)!));
    await inProcess.files.scan();
    await withWorkers.files.scan();
    assert.ok(withWorkers.events.includes('workers 40'), withWorkers.events.join('\n'));
    const summaries = (t: ReturnType<typeof setup>) =>
      [...t.service.workspace.uris()].sort().map((uri) => t.service.workspace.get(uri));
    assert.deepEqual(
      summaries(withWorkers).filter((s) => s?.uri !== openUri),
      summaries(inProcess).filter((s) => s?.uri !== openUri),
    );
    assert.ok(withWorkers.gatewayNames().includes(`${openUri} edited`));
    assert.equal(withWorkers.events.at(-1), 'index ready');
  });
});
