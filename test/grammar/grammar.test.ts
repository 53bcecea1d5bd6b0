// Snapshot and semantic tests for the YAML injection grammar in syntaxes/. Every fixture (the
// reference scenarios plus test/grammar/fixtures) is tokenized with the YAML base grammar and our
// injection, rendered to text and compared with test/grammar/__snapshots__; refresh those with
// UPDATE_SNAPSHOTS=1. The semantic tests cross-check the grammar against a real YAML parser.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { LineCounter, Scalar, isMap, isScalar, isSeq, parseAllDocuments, visit, type Node } from 'yaml';
import {
  createYamlTokenizer,
  loadOnigLib,
  normalizeLine,
  readGrammarContributions,
  renderTokens,
  repositoryRoot,
  type Token,
  type YamlTokenizer,
} from './tokenize';
import { loadContributedSnippets } from '../snippets/snippetFiles';

const grammarSource = join(repositoryRoot, 'test', 'grammar');
const snapshotDir = join(grammarSource, '__snapshots__');
const updateSnapshots = process.env.UPDATE_SNAPSHOTS === '1';

const scope = {
  apiVersion: 'support.type.api-version.istio-canary',
  kind: 'entity.name.type.kind.istio-canary',
  weight: 'constant.numeric.integer.weight.istio-canary',
  invalidWeight: 'invalid.illegal.weight.istio-canary',
  subset: 'variable.other.subset.istio-canary',
  host: 'variable.other.host.istio-canary',
  gateway: 'variable.other.gateway.istio-canary',
  mesh: 'constant.language.mesh.istio-canary',
  revision: 'variable.other.revision.istio-canary',
  component: 'variable.other.component.istio-canary',
} as const;

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    })
    .sort();
}

const scenarioFiles = yamlFilesUnder(join(repositoryRoot, 'test', 'fixtures', 'scenarios'));
const ownFixtures = yamlFilesUnder(join(grammarSource, 'fixtures'));
const fixtures = [...scenarioFiles, ...ownFixtures];

/** `scenarios-canary-90-10-virtual.yaml.snap` for a scenario, `edge-cases.yaml.snap` for our own fixtures. */
function snapshotName(file: string): string {
  if (ownFixtures.includes(file)) return `${basename(file)}.snap`;
  const rel = relative(join(repositoryRoot, 'test', 'fixtures'), file);
  return `${rel.split(/[\\/]/).join('-')}.snap`;
}

let withInjection: YamlTokenizer;
let baseOnly: YamlTokenizer;

before(async () => {
  withInjection = await createYamlTokenizer(true);
  baseOnly = await createYamlTokenizer(false);
});

void test('grammar fixtures are found', () => {
  assert.ok(scenarioFiles.length >= 10, `scenario fixtures: ${scenarioFiles.length}`);
  assert.ok(ownFixtures.length >= 4, `own fixtures: ${ownFixtures.length}`);
});

void test('package.json contributes the injection grammar into YAML', () => {
  const contributions = readGrammarContributions();
  const injection = contributions.find((c) => c.scopeName === 'istio-canary.injection');
  assert.ok(injection, 'contributes.grammars has istio-canary.injection');
  assert.deepEqual(injection.injectTo, ['source.yaml']);
  const grammar = JSON.parse(readFileSync(join(repositoryRoot, injection.path), 'utf8')) as {
    scopeName?: string;
    injectionSelector?: string;
  };
  assert.equal(grammar.scopeName, injection.scopeName);
  assert.match(grammar.injectionSelector ?? '', /^L:source\.yaml\b/);
});

void test('every match and begin pattern of the grammar compiles in Oniguruma', async () => {
  const injection = readGrammarContributions().find((c) => c.scopeName === 'istio-canary.injection');
  assert.ok(injection);
  const grammar = JSON.parse(readFileSync(join(repositoryRoot, injection.path), 'utf8')) as unknown;
  const patterns: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'match' || key === 'begin') && typeof child === 'string') patterns.push(child);
        else collect(child);
      }
    }
  };
  collect(grammar);
  assert.ok(patterns.length >= 10, `found ${patterns.length} patterns`);
  const lib = await loadOnigLib();
  for (const pattern of patterns) {
    assert.doesNotThrow(() => lib.createOnigScanner([pattern]), pattern);
  }
});

for (const file of fixtures) {
  const name = relative(repositoryRoot, file);

  void test(`tokens of ${name} match the snapshot`, () => {
    const text = readFileSync(file, 'utf8');
    const actual = renderTokens(text, withInjection.tokenize(text));
    const snapshot = join(snapshotDir, snapshotName(file));
    if (updateSnapshots) {
      mkdirSync(dirname(snapshot), { recursive: true });
      writeFileSync(snapshot, actual);
      return;
    }
    assert.ok(
      existsSync(snapshot),
      `missing snapshot ${relative(repositoryRoot, snapshot)}: run with UPDATE_SNAPSHOTS=1`,
    );
    assert.equal(actual, readFileSync(snapshot, 'utf8'));
  });

  void test(`${name}: every Istio value the YAML parser finds carries our scope, and nothing else does`, () => {
    const text = readFileSync(file, 'utf8');
    const tokens = withInjection.tokenize(text);
    const expected = expectedScopes(text);
    for (const { line, column, scope: wanted, text: valueText } of expected) {
      const token = tokenAt(tokens, line, column);
      assert.ok(token, `no token at ${line + 1}:${column + 1}`);
      assert.ok(
        token.scopes.includes(wanted),
        `${line + 1}:${column + 1} "${valueText}" should carry ${wanted}, has ${token.scopes.join(' ')}`,
      );
    }
    // Counting the other way round catches highlighting where the parser sees no such value.
    for (const wanted of Object.values(scope)) {
      const highlighted = tokens
        .flatMap((line) => normalizeLine(line))
        .filter((t) => t.scopes.includes(wanted));
      const want = expected.filter((e) => e.scope === wanted);
      assert.deepEqual(
        highlighted.map((t) => `${t.line + 1}:${t.startColumn + 1} ${t.text}`),
        want.map((e) => `${e.line + 1}:${e.column + 1} ${e.text}`),
        `tokens with ${wanted}`,
      );
    }
  });

  void test(`${name}: the injection only changes lines that hold the keys it highlights`, () => {
    const text = readFileSync(file, 'utf8');
    const ours = (s: string): boolean => s.startsWith('meta.istio-canary.');
    const injected = withInjection.tokenize(text).map((line) => normalizeLine(line, ours));
    const plain = baseOnly.tokenize(text).map((line) => normalizeLine(line));
    const lines = text.split(/\r?\n/);
    const highlightedLine =
      /^\s*(?:-\s+)?(?:apiVersion|kind|weight|subset|host|revisionName|componentName|gateways|hosts)\s*:|^\s*-\s/;
    const changed = lines.filter((_, i) => JSON.stringify(injected[i]) !== JSON.stringify(plain[i]));
    for (const line of changed) assert.match(line, highlightedLine, 'unexpected change');
  });
}

void test('ordinary Kubernetes and CI YAML is tokenized exactly as without the injection', () => {
  const files = [
    ...scenarioFiles.filter((f) => /deployment\.yaml$|service\.yaml$/.test(f)),
    ...ownFixtures.filter((f) => f.endsWith('non-istio.yaml')),
  ];
  assert.equal(files.length, 3);
  const ours = (s: string): boolean => s.startsWith('meta.istio-canary.');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.deepEqual(
      withInjection.tokenize(text).map((line) => normalizeLine(line, ours)),
      baseOnly.tokenize(text).map((line) => normalizeLine(line)),
      relative(repositoryRoot, file),
    );
  }
});

void test('every expanded snippet highlights the values the YAML parser finds', () => {
  const snippets = loadContributedSnippets();
  assert.ok(snippets.length > 0);
  for (const snippet of snippets) {
    const text = snippet.expanded.text;
    const tokens = withInjection.tokenize(text);
    const expected = expectedScopes(text);
    assert.ok(
      expected.some((e) => e.scope === scope.kind),
      `${snippet.name}: kind is highlighted`,
    );
    for (const { line, column, scope: wanted, text: valueText } of expected) {
      const token = tokenAt(tokens, line, column);
      assert.ok(
        token?.scopes.includes(wanted),
        `${snippet.name} ${line + 1}:${column + 1} "${valueText}" lacks ${wanted}`,
      );
    }
  }
});

void test('weights over 100 and below 0 are marked invalid, 0 to 100 are not', () => {
  const cases: readonly [string, string][] = [
    ['weight: 0', scope.weight],
    ['weight: 100', scope.weight],
    ['weight: 090', scope.weight],
    ['  - weight: 55  # canary', scope.weight],
    ['weight: 101', scope.invalidWeight],
    ['weight: 1000', scope.invalidWeight],
    ['weight: -1', scope.invalidWeight],
  ];
  for (const [line, wanted] of cases) {
    const [tokens] = withInjection.tokenize(line);
    const value = normalizeLine(tokens ?? []).find((t) => /\d/.test(t.text));
    assert.ok(value, line);
    assert.ok(value.scopes.includes(wanted), `${line}: ${value.scopes.join(' ')}`);
  }
});

void test('text after a value that is not a comment keeps the line out of our rules', () => {
  for (const line of [
    'weight: 90 percent',
    'subset: v1 v2',
    'kind: Gateway2',
    'apiVersion: networking.istio.io/v1x',
  ]) {
    const [tokens] = withInjection.tokenize(line);
    const ours = (tokens ?? []).flatMap((t) => t.scopes).filter((s) => s.endsWith('.istio-canary'));
    assert.deepEqual(ours, [], line);
  }
});

interface ExpectedScope {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly scope: string;
}

const istioApiVersion =
  /^(?:networking\.istio\.io|core\.oam\.dev|gateway\.networking\.k8s\.io)\/v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;
const istioKinds = new Set([
  'Gateway',
  'VirtualService',
  'DestinationRule',
  'ServiceEntry',
  'AppDeployment',
  'HTTPRoute',
  'GRPCRoute',
  'ReferenceGrant',
]);

/**
 * Walks every document with the `yaml` parser and lists, for each block-style value the grammar
 * is meant to highlight, the position of its text and the scope it must carry. Values in flow
 * collections (`{host: a}`) are left out: the grammar deliberately highlights block style only.
 */
function expectedScopes(text: string): ExpectedScope[] {
  const lineCounter = new LineCounter();
  const expected: ExpectedScope[] = [];
  const push = (node: Scalar, wanted: string, valueText: string): void => {
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    const start = (node.range?.[0] ?? 0) + (quoted ? 1 : 0);
    const { line, col } = lineCounter.linePos(start);
    expected.push({ line: line - 1, column: col - 1, text: valueText, scope: wanted });
  };
  // The value as written (without its quotes), which is what a token shows.
  const scalarText = (node: unknown): string | undefined => {
    if (!isScalar(node) || !node.range) return undefined;
    if (node.type === Scalar.PLAIN) return text.slice(node.range[0], node.range[1]);
    if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
      return text.slice(node.range[0] + 1, node.range[1] - 1);
    }
    return undefined;
  };
  for (const document of parseAllDocuments(text, { lineCounter })) {
    visit(document, {
      Pair(_, pair, path) {
        const parent = path[path.length - 1];
        if (!isMap(parent) || parent.flow || !isScalar(pair.key)) return;
        const key = String(pair.key.value);
        const value = pair.value as Node | null;
        if (isScalar(value)) {
          const valueText = scalarText(value);
          if (valueText === undefined) return;
          const wanted = valueScope(key, valueText, value.type === Scalar.PLAIN);
          if (wanted) push(value, wanted, valueText);
        } else if (isSeq(value) && !value.flow && (key === 'gateways' || key === 'hosts')) {
          for (const item of value.items) {
            const itemText = scalarText(item);
            if (itemText === undefined || !isScalar(item)) continue;
            const slash = itemText.indexOf('/');
            const nameText = slash >= 0 ? itemText.slice(slash + 1) : itemText;
            const wanted =
              key === 'hosts' ? scope.host : nameText === 'mesh' && slash < 0 ? scope.mesh : scope.gateway;
            const nameNode = new Scalar(nameText);
            const quoted = item.type === Scalar.QUOTE_DOUBLE || item.type === Scalar.QUOTE_SINGLE;
            const start = (item.range?.[0] ?? 0) + (quoted ? 1 : 0) + (slash >= 0 ? slash + 1 : 0);
            nameNode.range = [start, start + nameText.length, start + nameText.length];
            push(nameNode, wanted, nameText);
          }
        }
      },
    });
  }
  return expected.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The scope a `key: value` pair's value must carry, or undefined when the grammar leaves it alone. */
function valueScope(key: string, valueText: string, plain: boolean): string | undefined {
  switch (key) {
    case 'weight': {
      if (!plain || !/^[-+]?\d+$/.test(valueText)) return undefined;
      const n = Number(valueText);
      return n >= 0 && n <= 100 && !valueText.startsWith('+') ? scope.weight : scope.invalidWeight;
    }
    case 'apiVersion':
      return istioApiVersion.test(valueText) ? scope.apiVersion : undefined;
    case 'kind':
      return istioKinds.has(valueText) ? scope.kind : undefined;
    case 'subset':
      return scope.subset;
    case 'host':
      return scope.host;
    case 'revisionName':
      return scope.revision;
    case 'componentName':
      return scope.component;
    default:
      return undefined;
  }
}

function tokenAt(lines: readonly (readonly Token[])[], line: number, column: number): Token | undefined {
  return normalizeLine(lines[line] ?? []).find(
    (t) => t.startColumn <= column && column < t.startColumn + t.text.length,
  );
}
