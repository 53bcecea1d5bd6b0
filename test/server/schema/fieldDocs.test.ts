// Every docKey has our own documentation, no documentation is orphaned, and none of it reuses
// upstream wording: no doc shares a run of six consecutive words with any CRD description.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ENUM_DOCS,
  FIELD_DOCS,
  enumDocKey,
  manifestDocKey,
  type ManifestField,
} from '../../../server/src/schema/fieldDocs';
import { ISTIO_SCHEMAS } from '../../../server/src/schema/istioSchemas.generated';
import type { FieldSchema } from '../../../server/src/schema/schemaTypes';
import { readCrdVersions, type OpenApiNode } from './crdFiles';

const MANIFEST_FIELDS: readonly ManifestField[] = [
  'manifest',
  'apiVersion',
  'kind',
  'metadata',
  'metadata.name',
  'metadata.namespace',
  'metadata.labels',
  'metadata.annotations',
];

/** Calls visit for every field schema below (and including) root, with its path for messages. */
function walkFields(
  root: FieldSchema,
  path: string,
  visit: (field: FieldSchema, path: string) => void,
): void {
  visit(root, path);
  for (const [name, child] of Object.entries(root.properties ?? {})) {
    walkFields(child, `${path}.${name}`, visit);
  }
  if (root.items) walkFields(root.items, `${path}[]`, visit);
  if (root.values) walkFields(root.values, `${path}{}`, visit);
}

function schemaDocKeys(): Map<string, FieldSchema> {
  const keys = new Map<string, FieldSchema>();
  for (const kind of ISTIO_SCHEMAS) {
    walkFields(kind.spec, kind.kind, (field) => keys.set(field.docKey, field));
  }
  return keys;
}

function manifestDocKeys(): Set<string> {
  return new Set(
    ISTIO_SCHEMAS.flatMap((kind) =>
      MANIFEST_FIELDS.map((field) => manifestDocKey(kind.docPrefix ?? kind.kind, field)),
    ),
  );
}

/** Lower-case words without punctuation, so "Weight, in %" and "weight in" compare equal. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0);
}

const RUN = 6;

function runsOf(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN <= list.length; i++) runs.push(list.slice(i, i + RUN).join(' '));
  return runs;
}

/** Every upstream description (all kinds, versions and fields, including apiVersion/kind/metadata). */
function upstreamDescriptions(): Map<string, string> {
  const descriptions = new Map<string, string>();
  const visit = (node: OpenApiNode, path: string): void => {
    if (node.description) descriptions.set(path, node.description);
    for (const [name, child] of Object.entries(node.properties ?? {})) visit(child, `${path}.${name}`);
    if (node.items) visit(node.items, `${path}[]`);
    if (typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${path}{}`);
  };
  for (const crd of readCrdVersions()) visit(crd.root, `${crd.kind}@${crd.version}`);
  return descriptions;
}

void describe('FIELD_DOCS coverage', () => {
  void it('documents every docKey used in ISTIO_SCHEMAS with non-empty text', () => {
    const missing = [...schemaDocKeys().keys()].filter((key) => !(FIELD_DOCS[key] ?? '').trim());
    assert.deepEqual(missing, []);
  });

  void it('documents apiVersion, kind, metadata, name, namespace and spec of every kind', () => {
    for (const kind of ISTIO_SCHEMAS) {
      const prefix = kind.docPrefix ?? kind.kind;
      for (const field of MANIFEST_FIELDS) {
        const key = manifestDocKey(prefix, field);
        assert.ok((FIELD_DOCS[key] ?? '').trim(), `no docs for ${key}`);
      }
      assert.equal(kind.spec.docKey, `${prefix}.spec`);
      assert.ok(FIELD_DOCS[kind.spec.docKey], `no docs for ${prefix}.spec`);
    }
  });

  void it('covers the Gateway API, Argo Rollouts and Flagger kinds, each with its own keys', () => {
    const prefixes = new Map(
      ISTIO_SCHEMAS.map((kind) => [`${kind.group}/${kind.kind}`, kind.docPrefix ?? kind.kind]),
    );
    assert.equal(prefixes.get('networking.istio.io/Gateway'), 'Gateway');
    assert.equal(prefixes.get('gateway.networking.k8s.io/Gateway'), 'KubeGateway');
    const byPrefix = new Map<string, number>();
    for (const key of schemaDocKeys().keys()) {
      const prefix = key.split('.')[0]!;
      byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1);
    }
    for (const prefix of [
      'KubeGateway',
      'GatewayClass',
      'HTTPRoute',
      'GRPCRoute',
      'ReferenceGrant',
      'Rollout',
      'Canary',
    ])
      assert.ok((byPrefix.get(prefix) ?? 0) > 5, `${prefix} has documented fields`);
    // GRPCRoute shares the HTTPRoute text for the fields whose shape and meaning are the same.
    const grpc = ISTIO_SCHEMAS.find((kind) => kind.kind === 'GRPCRoute');
    assert.equal(grpc?.spec.properties?.['parentRefs']?.docKey, 'HTTPRoute.parentRefs');
    // Flagger copies Istio shapes into the resources it generates, and borrows their texts.
    assert.equal(
      FIELD_DOCS['Canary.service.retries.attempts'],
      FIELD_DOCS['VirtualService.http.retries.attempts'],
    );
    assert.notEqual(FIELD_DOCS['Canary.service.retries'], FIELD_DOCS['VirtualService.http.retries']);
  });

  void it('has no orphan keys, and manifest keys never collide with spec keys', () => {
    const schemaKeys = schemaDocKeys();
    const manifestKeys = manifestDocKeys();
    const orphans = Object.keys(FIELD_DOCS).filter((key) => !schemaKeys.has(key) && !manifestKeys.has(key));
    assert.deepEqual(orphans, []);
    const collisions = [...manifestKeys].filter((key) => schemaKeys.has(key));
    assert.deepEqual(collisions, []);
  });

  void it('documents only real enum values, and every value of the enums a canary author picks from', () => {
    const schemaKeys = schemaDocKeys();
    const valid = new Set<string>();
    for (const [key, field] of schemaKeys) {
      for (const value of field.enum ?? []) valid.add(enumDocKey(key, value));
    }
    assert.deepEqual(
      Object.keys(ENUM_DOCS).filter((key) => !valid.has(key)),
      [],
    );
    for (const key of [
      'DestinationRule.trafficPolicy.loadBalancer.simple',
      'DestinationRule.trafficPolicy.tls.mode',
      'Gateway.servers.tls.mode',
      'ServiceEntry.resolution',
      'ServiceEntry.location',
    ]) {
      for (const value of schemaKeys.get(key)?.enum ?? []) {
        assert.ok(ENUM_DOCS[enumDocKey(key, value)], `no docs for ${key} = ${value}`);
      }
    }
  });

  void it('keeps each text between one and three sentences', () => {
    for (const [key, text] of [...Object.entries(FIELD_DOCS), ...Object.entries(ENUM_DOCS)]) {
      // Count sentence ends outside code spans; "e.g." and decimal points are not sentence ends.
      const prose = text.replace(/`[^`]*`/g, 'code').replace(/\be\.g\./g, 'eg');
      const sentences = prose.split(/[.!?](?:\s|$)/).filter((part) => part.trim().length > 0).length;
      assert.ok(sentences >= 1 && sentences <= 3, `${key} has ${sentences} sentences`);
    }
  });
});

void describe('FIELD_DOCS are written in our own words', () => {
  void it(`shares no run of ${RUN} consecutive words with any upstream CRD description`, () => {
    const upstream = new Map<string, string>(); // run -> one upstream path that contains it
    for (const [path, description] of upstreamDescriptions()) {
      for (const run of runsOf(description)) if (!upstream.has(run)) upstream.set(run, path);
    }
    assert.ok(upstream.size > 1000, 'the CRD descriptions were read');
    const copied: string[] = [];
    for (const [key, text] of [...Object.entries(FIELD_DOCS), ...Object.entries(ENUM_DOCS)]) {
      for (const run of runsOf(text)) {
        const source = upstream.get(run);
        if (source) copied.push(`${key}: "${run}" (also in ${source})`);
      }
    }
    assert.deepEqual(copied, []);
  });

  void it('the comparison itself detects a copied phrase', () => {
    const [path, description] = [...upstreamDescriptions()].find(([, text]) => words(text).length >= 8) ?? [
      '',
      '',
    ];
    const upstreamRuns = new Set(runsOf(description));
    const copiedDoc = `In short: ${description}`;
    assert.ok(
      runsOf(copiedDoc).some((run) => upstreamRuns.has(run)),
      `a doc quoting ${path} must be caught`,
    );
  });
});
