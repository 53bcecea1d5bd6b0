// Issue 13: a kustomization's `namespace:` applies to the files it takes in, for resolution
// (workspace/kustomize.ts). Checked against the real `kubectl kustomize` (kustomize decides what
// namespace a resource ends up in), re-derived when a kustomization changes, and seen alike by
// the hover, the split, simulate, navigation, the editor's check and `istio-canary check .`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Hover } from 'vscode-languageserver-types';
import { parseAllDocuments } from 'yaml';
import { captureCli } from '../../cli/captureCli';
import { namespaceOf } from '../../../server/src/model/namespaces';
import type { Resource } from '../../../server/src/model/resources';
import { stripExpectations } from '../../support/fixture';
import {
  diagnoseAll,
  fixtureUri,
  parseMultiFileFixture,
  workspaceOf,
  type MultiFileFixture,
} from '../../support/multiFileFixture';

const ROOT = path.join(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'test/server/diagnostics/workspace/fixtures');

/** Each kustomize fixture and the folders `kubectl kustomize` renders in it (its roots). */
const RENDERED: readonly { fixture: string; roots: readonly string[] }[] = [
  { fixture: 'kustomize-namespace.yaml', roots: ['base'] },
  { fixture: 'kustomize-namespace-unset.yaml', roots: ['base'] },
  { fixture: 'kustomize-overlay-namespace.yaml', roots: ['overlays/prod'] },
  { fixture: 'kustomize-namespace-ambiguous.yaml', roots: ['overlays/prod', 'overlays/staging'] },
  { fixture: 'kustomize-namespace-copies.yaml', roots: ['overlays/prod', 'overlays/staging'] },
  { fixture: 'kustomize-components.yaml', roots: ['app'] },
  { fixture: 'kustomize-patches.yaml', roots: ['overlays/canary'] },
];

const temporary: string[] = [];
after(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function readFixture(name: string): MultiFileFixture {
  return parseMultiFileFixture(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

/** The fixture's files on disk (expectation lines removed), in a fresh folder. */
function materialise(fixture: MultiFileFixture): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-kustomize-'));
  temporary.push(dir);
  for (const f of fixture.files) {
    const target = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, stripExpectations(f.text));
  }
  return dir;
}

interface Rendered {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | undefined;
  /** The fixture path of the file it came from (kustomize's origin annotation). */
  readonly origin: string;
}

/** `kubectl kustomize` of one root, on a copy of the folder with origin annotations switched on. */
function render(dir: string, root: string): Rendered[] {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-kustomize-render-'));
  temporary.push(copy);
  fs.cpSync(dir, copy, { recursive: true });
  fs.appendFileSync(path.join(copy, root, 'kustomization.yaml'), '\nbuildMetadata: [originAnnotations]\n');
  const out = execFileSync('kubectl', ['kustomize', path.join(copy, root)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return parseAllDocuments(out).map((doc) => {
    const obj = doc.toJS() as {
      kind: string;
      metadata: { name: string; namespace?: string; annotations: Record<string, string> };
    };
    const origin = /path: (.*)/.exec(obj.metadata.annotations['config.kubernetes.io/origin'] ?? '')?.[1];
    assert.ok(origin, `no origin for ${obj.kind} ${obj.metadata.name}`);
    return {
      kind: obj.kind,
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      origin: `/${path.posix.join(root, origin)}`,
    };
  });
}

function hoverText(hover: Hover | null): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

void describe('the namespace a kustomization gives its files', () => {
  for (const { fixture: name, roots } of RENDERED) {
    void test(`${name}: the editor resolves each resource in the namespace kubectl kustomize renders it in`, () => {
      const fixture = readFixture(name);
      const dir = materialise(fixture);
      const { files } = workspaceOf(fixture);
      const renderings = roots.map((root) => render(dir, root));
      const resources = [...files.values()].flatMap((f) => [...f.resources]);
      const sourceOf = (r: Rendered): Resource | undefined =>
        resources.find(
          (s) =>
            s.uri === fixtureUri(r.origin) &&
            s.kind === r.kind &&
            // kustomize renames a Namespace object after the namespace it sets.
            (s.kind === 'Namespace' || s.name?.value === r.name),
        );
      const compared = new Set<Resource>();
      for (const rendered of renderings.flat()) {
        const source = sourceOf(rendered);
        assert.ok(source, `${rendered.kind} ${rendered.name} from ${rendered.origin} is in the fixture`);
        compared.add(source);
        if (source.kustomized?.conflict) {
          // The renderings disagree: the file keeps its own, and the disagreement is real.
          assert.equal(namespaceOf(source, 'default'), source.namespace?.value || 'default');
          const { file, resource } = source.kustomized.conflict;
          const subject = (r: Rendered) =>
            resource ? `${r.kind}/${r.name}` === resource : fixtureUri(r.origin) === file;
          const given = new Set(
            renderings.flatMap((list) => list.filter(subject).map((r) => r.namespace ?? '(none)')),
          );
          assert.ok(given.size > 1, `${resource ?? file} is given ${[...given].join(', ')}`);
        } else {
          assert.equal(
            namespaceOf(source, 'default'),
            rendered.namespace ?? 'default',
            `${rendered.kind} ${rendered.name} (${rendered.origin})`,
          );
        }
      }
      // Patch files are not rendered as themselves: they become part of the resource they patch.
      for (const resource of resources.filter((r) => r.kustomized && !compared.has(r))) {
        const target = renderings
          .flat()
          .find((r) => r.kind === resource.kind && r.name === resource.name?.value);
        assert.ok(target, `${resource.kind} ${resource.name?.value} (${resource.uri}) is rendered`);
        if (!resource.kustomized?.conflict)
          assert.equal(namespaceOf(resource, 'default'), target.namespace ?? 'default', resource.uri);
      }
    });
  }

  void test('the kustomize-overlays scenario: its base files are read in payments, with no error or warning', () => {
    const dir = path.join(ROOT, 'test/fixtures/controller-scenarios/kustomize-overlays');
    const paths = ['base/kustomization.yaml', 'base/virtual-service.yaml', 'base/destination-rule.yaml'];
    const overlay = ['overlays/canary/kustomization.yaml', 'overlays/canary/release-label.yaml'];
    const text = [...paths, ...overlay]
      .map((p) => `#- /${p}\n${fs.readFileSync(path.join(dir, p), 'utf8')}`)
      .join('\n');
    const workspace = workspaceOf(text);
    for (const p of [
      '/base/virtual-service.yaml',
      '/base/destination-rule.yaml',
      '/overlays/canary/release-label.yaml',
    ])
      assert.deepEqual(
        workspace.files.get(p)!.resources.map((r) => namespaceOf(r, 'default')),
        ['payments'],
        p,
      );
    for (const [p, diagnostics] of diagnoseAll(workspace))
      assert.deepEqual(
        diagnostics.filter((d) => d.severity! <= DiagnosticSeverity.Warning).map((d) => d.message),
        [],
        p,
      );
  });

  void test('editing, removing and adding a kustomization re-derives the namespaces of the files it lists', () => {
    const { service, files } = workspaceOf(readFixture('kustomize-namespace.yaml'));
    const vs = files.get('/base/virtual-service.yaml')!;
    const kustomization = files.get('/base/kustomization.yaml')!;
    const codes = () =>
      service
        .diagnose(vs)
        .filter((d) => d.severity! <= DiagnosticSeverity.Warning)
        .map((d) => d.code);
    const edit = (text: string, version: number) => {
      const file = service.parse(TextDocument.create(kustomization.uri, 'yaml', version, text));
      service.setWorkspaceFile(file);
    };
    assert.deepEqual(codes(), []);
    const text = kustomization.document.getText();
    edit(text.replace('namespace: payments\n', ''), 2);
    assert.deepEqual(codes().sort(), [
      'gateway-not-found',
      'host-not-found',
      'host-not-found',
      'subset-not-found',
      'subset-not-found',
    ]);
    assert.equal(service.trafficSplit(vs)[0]!.namespace, 'default');
    edit(text.replace('namespace: payments', 'namespace: shop'), 3);
    assert.equal(service.trafficSplit(vs)[0]!.namespace, 'shop');
    assert.ok(codes().includes('subset-not-found'));
    edit(text, 4);
    assert.deepEqual(codes(), []);
    service.removeWorkspaceFile(kustomization.uri);
    assert.ok(codes().includes('subset-not-found'));
    assert.equal(vs.resources[0]!.kustomized, undefined);
    // A kustomization indexed after the files it lists.
    service.setWorkspaceFile(
      service.parse(
        TextDocument.create(
          fixtureUri('/kustomization.yaml'),
          'yaml',
          1,
          'namespace: payments\nresources:\n- base/virtual-service.yaml\n- base/service.yaml\n- base/deployments.yaml\n',
        ),
      ),
    );
    assert.deepEqual(codes(), []);
  });

  void test('per-environment copies keep their own namespace until they no longer share a name', () => {
    const { service, files } = workspaceOf(readFixture('kustomize-namespace-copies.yaml'));
    const prod = files.get('/overlays/prod/virtual-service.yaml')!;
    const staging = files.get('/overlays/staging/virtual-service.yaml')!;
    assert.equal(service.trafficSplit(prod)[0]!.namespace, 'default');
    assert.deepEqual(prod.resources[0]!.kustomized?.conflict?.resource, 'VirtualService/api');
    const renamed = service.parse(
      TextDocument.create(
        staging.uri,
        'yaml',
        2,
        staging.document.getText().replace('name: api', 'name: api-staging'),
      ),
    );
    service.setWorkspaceFile(renamed);
    assert.equal(service.trafficSplit(prod)[0]!.namespace, 'prod');
    assert.equal(service.trafficSplit(renamed)[0]!.namespace, 'staging');
    // A copy indexed later (a new file) regroups them again.
    service.removeWorkspaceFile(staging.uri);
    service.setWorkspaceFile(
      service.parse(
        TextDocument.create(
          fixtureUri('/overlays/staging/virtual-service.yaml'),
          'yaml',
          3,
          staging.document.getText(),
        ),
      ),
    );
    assert.equal(service.trafficSplit(prod)[0]!.namespace, 'default');
  });

  void test('a parse not yet indexed has the namespace its file gets, also right after a kustomization changed', () => {
    const { service, files } = workspaceOf(readFixture('kustomize-namespace.yaml'));
    const vs = files.get('/base/virtual-service.yaml')!;
    const reparse = (version: number) =>
      service.parse(
        TextDocument.create(
          vs.uri,
          'yaml',
          version,
          vs.document.getText().replace('weight: 90', 'weight: 80'),
        ),
      );
    assert.equal(namespaceOf(reparse(2).resources[0]!, 'default'), 'payments');
    // A kustomization changed and nothing was asked since: a request settles it first.
    const kustomization = files.get('/base/kustomization.yaml')!;
    const text = kustomization.document.getText().replace('namespace: payments', 'namespace: shop');
    service.setWorkspaceFile(service.parse(TextDocument.create(kustomization.uri, 'yaml', 2, text)));
    const next = reparse(3);
    assert.equal(service.trafficSplit(next)[0]!.namespace, 'shop');
    assert.equal(namespaceOf(next.resources[0]!, 'default'), 'shop');
  });

  void test('hover names the namespace and the kustomization that sets it, or why the file keeps its own', () => {
    const { service, files } = workspaceOf(readFixture('kustomize-namespace.yaml'));
    const vs = files.get('/base/virtual-service.yaml')!;
    const at = (file: typeof vs, text: string) =>
      file.document.positionAt(file.document.getText().indexOf(text) + 1);
    assert.equal(
      hoverText(service.hover(vs, at(vs, 'checkout'))),
      '**Namespace payments**, set by [`base/kustomization.yaml`](file:///base/kustomization.yaml) (`namespace: payments`): references from and to this resource are resolved there.',
    );
    const svc = files.get('/base/service.yaml')!;
    assert.match(
      hoverText(service.hover(svc, at(svc, 'legacy'))),
      /^\*\*Namespace payments\*\*.* It replaces the namespace written here \(`legacy`\), as `kubectl kustomize` does\.$/,
    );
    // A file no kustomization lists keeps the schema's hover.
    const dr = files.get('/payments/destination-rule.yaml')!;
    assert.doesNotMatch(hoverText(service.hover(dr, at(dr, 'namespace'))), /kustomiz/);

    const ambiguous = workspaceOf(readFixture('kustomize-namespace-ambiguous.yaml'));
    const gateway = ambiguous.files.get('/overlays/prod/gateway.yaml')!;
    assert.equal(
      hoverText(ambiguous.service.hover(gateway, at(gateway, 'gw'))),
      '**Namespace default** (the default: it names none). The kustomizations that render it disagree about ' +
        '[`base/virtual-service.yaml`](file:///base/virtual-service.yaml): ' +
        '[`prod/kustomization.yaml`](file:///overlays/prod/kustomization.yaml) gives it namespace prod; ' +
        '[`staging/kustomization.yaml`](file:///overlays/staging/kustomization.yaml) gives it namespace staging. ' +
        'No one namespace describes these files, so they are resolved with their own; `istio-canary check` on a kustomization folder checks its rendering.',
    );
  });

  void test('split, CodeLens, simulate, definition and symbols see the namespace', () => {
    const { service, files } = workspaceOf(readFixture('kustomize-namespace.yaml'));
    const vs = files.get('/base/virtual-service.yaml')!;
    const [split] = service.trafficSplit(vs);
    assert.equal(split!.namespace, 'payments');
    assert.deepEqual(
      split!.routes[0]!.destinations.map((d) => [d.subset, d.percent, d.unavailable]),
      [
        ['v1', 90, undefined],
        ['v2', 10, undefined],
      ],
    );
    const { result } = service.simulate({ request: { host: 'checkout', sourceNamespace: 'payments' } });
    assert.equal(result.outcome, 'route', result.summary);
    assert.deepEqual(
      result.virtualServices.filter((v) => v.selected).map((v) => [v.uri, v.namespace]),
      [[vs.uri, 'payments']],
    );
    const subset = vs.document.positionAt(vs.document.getText().indexOf('subset: v1') + 'subset: '.length);
    assert.deepEqual(
      service.findDefinition(vs, subset).map((l) => l.uri),
      [fixtureUri('/payments/destination-rule.yaml')],
    );
    assert.deepEqual(
      service.documentSymbols(files.get('/base/service.yaml')!).map((s) => s.detail),
      ['Service · payments'],
    );
    assert.ok(service.codeLenses(vs).some((l) => l.command?.title === 'v1 90% · v2 10%'));
  });

  for (const { fixture: name } of RENDERED) {
    void test(`${name}: istio-canary check . reports what the editor reports`, () => {
      const fixture = readFixture(name);
      const dir = materialise(fixture);
      const editor: string[] = [];
      for (const [p, diagnostics] of diagnoseAll(workspaceOf(fixture)))
        for (const d of diagnostics)
          if (d.severity! <= DiagnosticSeverity.Information)
            editor.push(
              `${p.slice(1)}:${d.range.start.line + 1} ${String(d.code)}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
            );
      // captureCli fails unless the check answers synchronously with a number.
      const { stdout, stderr } = captureCli(['check', '.', '--format', 'json'], { cwd: dir });
      assert.equal(stderr, '');
      const cli = (JSON.parse(stdout) as { file: string; line: number; code: string; message: string }[]).map(
        (f) => `${f.file}:${f.line} ${f.code}: ${f.message}`,
      );
      assert.deepEqual(cli.sort(), editor.sort());
    });
  }
});
