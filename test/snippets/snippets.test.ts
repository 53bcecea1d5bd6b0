// Every contributed snippet, expanded with its defaults, must be valid YAML describing the resource
// its prefix promises, with tab stops where users edit and defaults that fit together (the canary
// VirtualService's subsets exist in the DestinationRule snippet, its weights add up to 100).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { loadContributedSnippets, type ContributedSnippet } from './snippetFiles';

const snippets = loadContributedSnippets();

/** What each prefix must produce. */
const expectedResources: Readonly<Record<string, { apiVersion: string; kind: string }>> = {
  'istio-gateway': { apiVersion: 'networking.istio.io/v1', kind: 'Gateway' },
  'istio-vs-canary': { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService' },
  'istio-vs-header': { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService' },
  'istio-vs-uri': { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService' },
  'istio-dr': { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule' },
  'istio-se': { apiVersion: 'networking.istio.io/v1', kind: 'ServiceEntry' },
  'vela-appdeployment': { apiVersion: 'core.oam.dev/v1beta1', kind: 'AppDeployment' },
  'gateway-api-gateway': { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway' },
  'httproute-canary': { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute' },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Parses expanded snippet text, failing the test on any YAML error or warning. */
function parseSingleDocument(snippet: ContributedSnippet): Json {
  const documents = parseAllDocuments(snippet.expanded.text, { prettyErrors: true });
  assert.ok(Array.isArray(documents), `${snippet.name}: expected a document list`);
  assert.equal(documents.length, 1, `${snippet.name}: expected exactly one YAML document`);
  const [document] = documents;
  assert.ok(document);
  assert.deepEqual(
    [...document.errors, ...document.warnings].map((e) => e.message),
    [],
    `${snippet.name}: YAML problems`,
  );
  return document.toJS() as Json;
}

function snippetByPrefix(prefix: string): ContributedSnippet {
  const snippet = snippets.find((s) => s.prefixes.includes(prefix));
  assert.ok(snippet, `no snippet with prefix ${prefix}`);
  return snippet;
}

/** Follows a path of keys and indexes through parsed YAML; undefined when any step is missing. */
function at(value: Json | undefined, ...path: (string | number)[]): Json | undefined {
  let current: Json | undefined = value;
  for (const step of path) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    current = Array.isArray(current)
      ? typeof step === 'number'
        ? current[step]
        : undefined
      : typeof step === 'string'
        ? current[step]
        : undefined;
  }
  return current;
}

function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** The text a tab stop shows in the expanded snippet, for the first occurrence of each index. */
function tabStopValues(snippet: ContributedSnippet): Map<number, string> {
  const values = new Map<number, string>();
  for (const stop of snippet.expanded.tabStops) {
    if (!stop.mirror && !values.has(stop.index)) {
      values.set(stop.index, snippet.expanded.text.slice(stop.offset, stop.offset + stop.length));
    }
  }
  return values;
}

void test('package.json contributes YAML snippets covering every expected prefix', () => {
  assert.ok(snippets.length >= Object.keys(expectedResources).length);
  for (const snippet of snippets) assert.equal(snippet.language, 'yaml', snippet.name);
  const prefixes = snippets.flatMap((s) => s.prefixes);
  for (const prefix of Object.keys(expectedResources)) assert.ok(prefixes.includes(prefix), prefix);
  assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes must be unique');
});

for (const snippet of snippets) {
  void test(`snippet "${snippet.name}" expands to the resource its prefix names`, () => {
    const resource = parseSingleDocument(snippet);
    const prefix = snippet.prefixes.find((p) => p in expectedResources);
    assert.ok(prefix, `${snippet.name} has no known prefix`);
    const expected = expectedResources[prefix];
    assert.ok(expected);
    assert.equal(at(resource, 'apiVersion'), expected.apiVersion);
    assert.equal(at(resource, 'kind'), expected.kind);
    assert.equal(typeof at(resource, 'metadata', 'name'), 'string');
    assert.equal(at(resource, 'metadata', 'namespace'), 'default');
    assert.equal(typeof at(resource, 'spec'), 'object');
  });

  void test(`snippet "${snippet.name}" has a description, tab stops and no tab characters`, () => {
    assert.match(snippet.description, /^[A-Z][^`*_#[\]]+\.$/, 'a plain sentence ending with a full stop');
    const indexes = new Set(snippet.expanded.tabStops.map((s) => s.index));
    assert.ok(indexes.has(0), 'ends with a final cursor position $0');
    assert.ok(indexes.size >= 4, `expected several tab stops, got ${indexes.size - 1}`);
    for (const [index, value] of tabStopValues(snippet)) {
      if (index !== 0) assert.notEqual(value, '', `tab stop $${index} has no default`);
    }
    for (const line of snippet.body) assert.ok(!line.includes('\t'), `tab in ${JSON.stringify(line)}`);
    assert.ok(!snippet.expanded.text.includes('$'), 'no unexpanded snippet syntax is left');
  });
}

void test('weighted canary VirtualService defaults to 90/10 over subsets v1 and v2 of reviews', () => {
  const snippet = snippetByPrefix('istio-vs-canary');
  const vs = parseSingleDocument(snippet);
  const route = list(at(vs, 'spec', 'http', 0, 'route'));
  assert.deepEqual(
    route.map((r) => [at(r, 'destination', 'host'), at(r, 'destination', 'subset'), at(r, 'weight')]),
    [
      ['reviews', 'v1', 90],
      ['reviews', 'v2', 10],
    ],
  );
  assert.deepEqual(at(vs, 'spec', 'hosts'), ['reviews']);
  // The weights are tab stops, so a user edits them directly; the defaults add up to 100.
  const values = [...tabStopValues(snippet).values()];
  assert.ok(values.includes('90') && values.includes('10'));
});

void test('header-routed canary sends the matching header to v2 and everything else to v1', () => {
  const vs = parseSingleDocument(snippetByPrefix('istio-vs-header'));
  const [matched, fallback] = list(at(vs, 'spec', 'http'));
  assert.deepEqual(at(matched, 'match', 0, 'headers'), { 'end-user': { exact: 'jason' } });
  assert.equal(at(matched, 'route', 0, 'destination', 'subset'), 'v2');
  assert.equal(at(fallback, 'match'), undefined);
  assert.equal(at(fallback, 'route', 0, 'destination', 'subset'), 'v1');
});

void test('URI prefix routes are bound to the Gateway snippet and a host it serves', () => {
  const vs = parseSingleDocument(snippetByPrefix('istio-vs-uri'));
  const gateway = parseSingleDocument(snippetByPrefix('istio-gateway'));
  assert.deepEqual(at(vs, 'spec', 'gateways'), [at(gateway, 'metadata', 'name')]);
  assert.deepEqual(at(gateway, 'spec', 'servers', 0, 'hosts'), ['*.example.com']);
  assert.deepEqual(at(vs, 'spec', 'hosts'), ['bookinfo.example.com']);
  // The routes avoid the canaried reviews host: requests through a gateway to a host without a
  // subset would bypass the mesh-internal canary split.
  assert.deepEqual(
    list(at(vs, 'spec', 'http')).map((rule) => [
      at(rule, 'match', 0, 'uri', 'prefix'),
      at(rule, 'route', 0, 'destination', 'host'),
    ]),
    [
      ['/productpage', 'productpage'],
      ['/ratings', 'ratings'],
    ],
  );
});

void test('the DestinationRule snippet defines every subset the VirtualService snippets route to', () => {
  const dr = parseSingleDocument(snippetByPrefix('istio-dr'));
  const subsets = list(at(dr, 'spec', 'subsets'));
  assert.deepEqual(
    subsets.map((s) => [at(s, 'name'), at(s, 'labels')]),
    [
      ['v1', { version: 'v1' }],
      ['v2', { version: 'v2' }],
    ],
  );
  assert.equal(at(dr, 'spec', 'trafficPolicy', 'loadBalancer', 'simple'), 'LEAST_REQUEST');
  const defined = new Set(subsets.map((s) => at(s, 'name')));
  for (const prefix of ['istio-vs-canary', 'istio-vs-header']) {
    const vs = parseSingleDocument(snippetByPrefix(prefix));
    for (const rule of list(at(vs, 'spec', 'http'))) {
      for (const route of list(at(rule, 'route'))) {
        assert.equal(at(route, 'destination', 'host'), at(dr, 'spec', 'host'), prefix);
        assert.ok(defined.has(at(route, 'destination', 'subset') ?? null), `${prefix}: subset defined`);
      }
    }
  }
});

void test('the ServiceEntry snippet describes an external host on a named port', () => {
  const se = parseSingleDocument(snippetByPrefix('istio-se'));
  assert.deepEqual(at(se, 'spec', 'hosts'), ['api.example.com']);
  assert.equal(at(se, 'spec', 'location'), 'MESH_EXTERNAL');
  assert.deepEqual(at(se, 'spec', 'ports'), [{ number: 443, name: 'tls', protocol: 'TLS' }]);
  assert.equal(at(se, 'spec', 'resolution'), 'DNS');
});

void test('the KubeVela AppDeployment splits 90/10 between the two revisions it declares', () => {
  const app = parseSingleDocument(snippetByPrefix('vela-appdeployment'));
  const revisions = list(at(app, 'spec', 'appRevisions')).map((r) => at(r, 'revisionName'));
  const targets = list(at(app, 'spec', 'traffic', 'http', 0, 'weightedTargets'));
  assert.deepEqual(
    targets.map((t) => [at(t, 'revisionName'), at(t, 'componentName'), at(t, 'port'), at(t, 'weight')]),
    [
      ['reviews-v1', 'reviews', 9080, 90],
      ['reviews-v2', 'reviews', 9080, 10],
    ],
  );
  assert.deepEqual(revisions, ['reviews-v1', 'reviews-v2']);
});
