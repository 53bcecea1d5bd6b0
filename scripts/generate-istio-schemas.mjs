// @ts-check
// Generates server/src/schema/istioSchemas.generated.ts and bench/schemas/*.json from the
// official CRDs in third_party/crds (override with ISTIO_CRDS_DIR). Run `npm run generate:schemas`;
// `--check` compares instead of writing and exits 1 when the committed output has drifted.
// Options: `--out-root DIR` writes (or checks) below DIR instead of the repository root.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parseAllDocuments } from 'yaml';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The CRD files we read, in output order. */
export const CRD_FILES = [
  'gateways.networking.istio.io.yaml',
  'virtualservices.networking.istio.io.yaml',
  'destinationrules.networking.istio.io.yaml',
  'serviceentries.networking.istio.io.yaml',
  'appdeployments.core.oam.dev.yaml',
  'gateways.gateway.networking.k8s.io.yaml',
  'gatewayclasses.gateway.networking.k8s.io.yaml',
  'httproutes.gateway.networking.k8s.io.yaml',
  'grpcroutes.gateway.networking.k8s.io.yaml',
  'referencegrants.gateway.networking.k8s.io.yaml',
  'rollouts.argoproj.io.yaml',
  'flagger-crds.yaml',
];

/**
 * Files that hold a stream of several CRDs, and the one kind we read from each (Flagger ships its
 * Canary, MetricTemplate and AlertProvider CRDs in one file; we only model the Canary).
 */
const KIND_IN_STREAM = { 'flagger-crds.yaml': 'Canary' };

/**
 * The docKey prefix of a kind, when its name alone would clash with another group's kind of the
 * same name: the Gateway API's Gateway is `KubeGateway`, so its docs never mix with Istio's.
 */
const DOC_PREFIX = { 'gateway.networking.k8s.io/Gateway': 'KubeGateway' };

/**
 * API groups whose kinds share docs for fields that repeat with the same name, upstream
 * description and shape across kinds (an HTTPRoute's and a GRPCRoute's `parentRefs`): the field is
 * documented once, under the first kind (in CRD_FILES order) that holds it.
 */
const SHARED_DOC_GROUPS = ['gateway.networking.k8s.io'];

/**
 * Fields (path below `spec`, array and map levels omitted) that we deliberately leave open: their
 * content is checked by nothing, completed with nothing and never flagged. A Rollout's `template`
 * is an ordinary Kubernetes pod template, which the API server and kubectl validate; the CRD's
 * copy of it is trimmed and would raise false errors. Each entry is checked to exist.
 */
const OPEN_FIELDS = { Rollout: ['template'] };

/**
 * What the Gateway API's experimental channel of the same release (v1.6.1) adds to the standard
 * channel CRDs we vendor: same served versions, these extra fields, and one extra enum value.
 * Istio supports clusters with the experimental channel installed, so these are known (never an
 * unknown-field) but left open: we do not check inside them. Taken from a diff of the v1.6.1
 * `config/crd/experimental` CRDs; paths are below `spec` without array levels, and each parent is
 * checked to exist, so a stale entry fails generation.
 */
const EXPERIMENTAL_CHANNEL = {
  'gateway.networking.k8s.io/Gateway': { fields: ['defaultScope'] },
  'gateway.networking.k8s.io/HTTPRoute': {
    fields: [
      'useDefaultGateways',
      'rules.retry',
      'rules.sessionPersistence',
      'rules.filters.externalAuth',
      'rules.backendRefs.filters.externalAuth',
    ],
    enumValues: {
      'rules.filters.type': ['ExternalAuth'],
      'rules.backendRefs.filters.type': ['ExternalAuth'],
    },
  },
  'gateway.networking.k8s.io/GRPCRoute': { fields: ['useDefaultGateways', 'rules.sessionPersistence'] },
};

/** The generated TypeScript module, relative to the output root. */
export const SCHEMA_MODULE_PATH = 'server/src/schema/istioSchemas.generated.ts';

/** Kinds that get a whole-manifest JSON Schema for the yaml-language-server benchmark. */
const BENCH_SCHEMAS = {
  'networking.istio.io/Gateway': 'gateway.json',
  'networking.istio.io/VirtualService': 'virtualservice.json',
  'networking.istio.io/DestinationRule': 'destinationrule.json',
};

/**
 * The upstream protobufs mark a few fields `[deprecated = true]` but the CRD generator drops their
 * descriptions, so the word "Deprecated" never reaches the CRD text. We list them here (path
 * below `spec`, array and map levels omitted) so they are flagged like the ones whose description
 * says so. Each entry is checked to exist, so a stale entry fails generation.
 */
const DEPRECATED_WITHOUT_DESCRIPTION = {
  VirtualService: [
    'http.corsPolicy.allowOrigin',
    'http.mirrorPercent',
    'http.mirror_percent',
    'http.fault.delay.percent',
  ],
  DestinationRule: [
    'trafficPolicy.outlierDetection.consecutiveErrors',
    'trafficPolicy.portLevelSettings.outlierDetection.consecutiveErrors',
    'subsets.trafficPolicy.outlierDetection.consecutiveErrors',
    'subsets.trafficPolicy.portLevelSettings.outlierDetection.consecutiveErrors',
  ],
};

/**
 * Where a shape that occurs at several places has its "home" (see assignDocKeys). A listed path
 * wins; otherwise the shortest path, then the alphabetically first. The entries pick the place a
 * canary author meets first (a route's destination rather than the mirror, which has the same shape).
 */
const PREFERRED_HOMES = {
  VirtualService: ['http.match.uri', 'http.route.destination', 'http.route.destination.port'],
};

/** True when an upstream description marks its field as deprecated ("Deprecated.", "Deprecated: use x"). */
export function isDeprecatedDescription(description) {
  if (typeof description !== 'string') return false;
  // A sentence that starts with "Deprecated", or an explicit "is/are deprecated" statement.
  return (
    /(^|[.!?]\s+|\n\s*)deprecated\b/i.test(description) ||
    /\b(is|are|has been|now)\s+deprecated\b/i.test(description)
  );
}

// ---------------------------------------------------------------------------------------------
// Reading the CRDs

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

/** Maps each CRD file name to the upstream repository and commit that SOURCE.md records for it. */
function readSources(crdsDir) {
  const path = join(crdsDir, 'SOURCE.md');
  const result = new Map();
  if (!existsSync(path)) return result;
  const text = readFileSync(path, 'utf8');
  for (const section of text.split(/^## /m).slice(1)) {
    const commit = /Commit:\s*`([0-9a-f]{40})`/.exec(section)?.[1];
    const repository = /Upstream repository:\s*(\S+)/.exec(section)?.[1];
    const upstreamPath = /Path:\s*`([^`]+)`/.exec(section)?.[1];
    if (!commit) continue;
    for (const file of CRD_FILES) {
      if (section.includes('`' + file + '`')) result.set(file, { commit, repository, upstreamPath });
    }
  }
  return result;
}

function readCrds(crdsDir) {
  return CRD_FILES.map((file) => {
    const text = readFileSync(join(crdsDir, file), 'utf8');
    const wanted = KIND_IN_STREAM[file];
    const crds = parseAllDocuments(text)
      .map((doc) => doc.toJS())
      .filter((crd) => crd?.kind === 'CustomResourceDefinition');
    const crd = wanted ? crds.find((c) => c.spec?.names?.kind === wanted) : crds[0];
    if (!crd || (!wanted && crds.length !== 1)) {
      throw new Error(`${file} is not a CustomResourceDefinition${wanted ? ` of kind ${wanted}` : ''}`);
    }
    return { file, text, sha256: sha256(text), crd };
  });
}

// ---------------------------------------------------------------------------------------------
// OpenAPI (CRD flavour) -> normalised tree

/**
 * The `oneOf` alternatives of a node (also inside `allOf`), read as groups of mutually exclusive
 * field names, plus the fields every alternative requires. Istio writes
 * `oneOf: [{not: {anyOf: ...}}, {required: [exact]}, {required: [prefix]}]` (at most one of the
 * three); Flagger writes `oneOf: [{required: [interval, threshold, iterations]}, {required:
 * [interval, threshold, stepWeight]}, ...]`, where exactly one alternative must hold: the fields
 * all alternatives name are required and the others exclude each other.
 */
function oneOfGroups(s) {
  const sources = [];
  if (Array.isArray(s.oneOf)) sources.push(s.oneOf);
  for (const part of s.allOf ?? []) if (Array.isArray(part?.oneOf)) sources.push(part.oneOf);
  const groups = [];
  const required = new Set();
  for (const alternatives of sources) {
    const lists = alternatives.map((alt) =>
      alt && Object.keys(alt).length === 1 && Array.isArray(alt.required) ? alt.required : undefined,
    );
    if (lists.length > 1 && lists.every((list) => list !== undefined)) {
      const common = lists[0].filter((name) => lists.every((list) => list.includes(name)));
      const rests = lists.map((list) => list.filter((name) => !common.includes(name)));
      if (rests.every((rest) => rest.length === 1)) {
        for (const name of common) required.add(name);
        groups.push(rests.map((rest) => rest[0]).sort());
        continue;
      }
    }
    const names = new Set();
    for (const alt of alternatives) for (const name of alt?.required ?? []) names.add(name);
    if (names.size > 0) groups.push([...names].sort());
  }
  return { groups, required: [...required] };
}

function derivedFormat(s) {
  if (typeof s.format === 'string') return s.format;
  // Istio states durations only as CEL rules such as `duration(self) >= duration('1ms')`.
  for (const rule of s['x-kubernetes-validations'] ?? []) {
    if (typeof rule?.rule === 'string' && /\bduration\(self\)/.test(rule.rule)) return 'duration';
  }
  return undefined;
}

/** Turns one OpenAPI schema node into our normalised node (no docKeys yet). */
function normalise(s) {
  const node = { description: typeof s.description === 'string' ? s.description : '' };
  if (s['x-kubernetes-int-or-string'] === true) node.type = 'int-or-string';
  else if (s.type === 'object' && s.properties) {
    node.type = 'object';
    node.properties = new Map(
      Object.keys(s.properties)
        .sort()
        .map((name) => [name, normalise(s.properties[name])]),
    );
    const { groups, required } = oneOfGroups(s);
    const allRequired = new Set([...(Array.isArray(s.required) ? s.required : []), ...required]);
    if (allRequired.size > 0) node.required = [...allRequired].sort();
    // Known fields are still typed, but the API server keeps any other field: never flag those.
    if (s['x-kubernetes-preserve-unknown-fields'] === true) node.open = true;
    if (groups.length > 0) node.oneOf = groups;
  } else if (s.type === 'object' && s.additionalProperties) {
    node.type = 'map';
    node.values =
      s.additionalProperties === true ? { description: '', type: 'any' } : normalise(s.additionalProperties);
  } else if (s.type === 'array') {
    node.type = 'array';
    node.items = s.items ? normalise(s.items) : { description: '', type: 'any' };
  } else if (['string', 'integer', 'number', 'boolean'].includes(s.type)) node.type = s.type;
  else node.type = 'any'; // Free-form: preserve-unknown-fields, or an object without known fields.
  if (Array.isArray(s.enum)) node.enum = s.enum.map(String);
  if (typeof s.minimum === 'number') node.minimum = s.minimum;
  if (typeof s.maximum === 'number') node.maximum = s.maximum;
  const format = derivedFormat(s);
  if (format) node.format = format;
  if (isDeprecatedDescription(node.description)) node.deprecated = true;
  return node;
}

/** Marks the fields listed in DEPRECATED_WITHOUT_DESCRIPTION; throws on a stale entry. */
function markKnownDeprecated(kind, spec) {
  for (const dotted of DEPRECATED_WITHOUT_DESCRIPTION[kind] ?? []) {
    let node = spec;
    for (const name of dotted.split('.')) {
      node = containerOf(node)?.properties?.get(name);
      if (!node) throw new Error(`DEPRECATED_WITHOUT_DESCRIPTION: ${kind}.${dotted} does not exist`);
    }
    node.deprecated = true;
  }
}

/** Replaces the fields listed in OPEN_FIELDS by free-form ones; throws on a stale entry. */
function openFields(kind, spec) {
  for (const dotted of OPEN_FIELDS[kind] ?? []) {
    const names = dotted.split('.');
    const last = names.pop();
    let node = spec;
    for (const name of names) node = containerOf(node)?.properties?.get(name);
    const parent = containerOf(node);
    const field = parent?.properties?.get(last);
    if (!field) throw new Error(`OPEN_FIELDS: ${kind}.${dotted} does not exist`);
    parent.properties.set(last, { description: field.description, type: 'any', versions: field.versions });
  }
}

/** Follows a dotted path below `spec` (array and map levels omitted) to its node, or undefined. */
function nodeAt(spec, dotted) {
  let node = spec;
  for (const name of dotted.split('.')) {
    node = containerOf(node)?.properties?.get(name);
    if (!node) return undefined;
  }
  return node;
}

/** Adds the experimental-channel fields and enum values of EXPERIMENTAL_CHANNEL (see there). */
function addExperimentalChannel(group, kind, spec, versions) {
  const extra = EXPERIMENTAL_CHANNEL[`${group}/${kind}`];
  if (!extra) return;
  for (const dotted of extra.fields) {
    const names = dotted.split('.');
    const last = names.pop();
    const parent = containerOf(names.length > 0 ? nodeAt(spec, names.join('.')) : spec);
    if (!parent || parent.properties.has(last)) {
      throw new Error(`EXPERIMENTAL_CHANNEL: ${kind}.${dotted} has no parent, or exists already`);
    }
    parent.properties.set(last, { description: '', type: 'any', versions });
    parent.properties = new Map([...parent.properties].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  for (const [dotted, values] of Object.entries(extra.enumValues ?? {})) {
    const node = nodeAt(spec, dotted);
    const target = node?.type === 'array' ? node.items : node;
    if (!target?.enum) throw new Error(`EXPERIMENTAL_CHANNEL: ${kind}.${dotted} is not an enum`);
    target.enum = [...target.enum, ...values.filter((v) => !target.enum.includes(v))];
  }
}

/** The node whose properties describe what a field holds: itself, its items or its map values. */
function containerOf(node) {
  if (!node) return undefined;
  if (node.type === 'array') return containerOf(node.items);
  if (node.type === 'map') return containerOf(node.values);
  return node.type === 'object' ? node : undefined;
}

/**
 * Merges the per-version trees of one kind. Attributes come from the first version that has the
 * field (the storage version first); properties are the union, each remembering which versions
 * serve it. Differences between versions other than presence are reported as errors, since the
 * generated type cannot express them.
 */
function mergeVersions(entries, path, errors) {
  const [first] = entries;
  const merged = { ...first.node, versions: entries.map((e) => e.version) };
  for (const other of entries.slice(1)) {
    for (const attr of [
      'type',
      'enum',
      'minimum',
      'maximum',
      'format',
      'required',
      'oneOf',
      'deprecated',
      'open',
    ]) {
      if (JSON.stringify(other.node[attr]) !== JSON.stringify(first.node[attr])) {
        errors.push(`${path}: "${attr}" differs between ${first.version} and ${other.version}`);
      }
    }
  }
  if (first.node.properties) {
    const names = new Set(entries.flatMap((e) => [...(e.node.properties?.keys() ?? [])]));
    merged.properties = new Map(
      [...names].sort().map((name) => {
        const present = entries.filter((e) => e.node.properties?.has(name));
        return [
          name,
          mergeVersions(
            present.map((e) => ({ version: e.version, node: e.node.properties.get(name) })),
            `${path}.${name}`,
            errors,
          ),
        ];
      }),
    );
  }
  for (const child of ['items', 'values']) {
    if (first.node[child]) {
      const present = entries.filter((e) => e.node[child]);
      merged[child] = mergeVersions(
        present.map((e) => ({ version: e.version, node: e.node[child] })),
        `${path}[]`,
        errors,
      );
    }
  }
  return merged;
}

function readKind({ file, crd }) {
  const group = crd.spec.group;
  const kind = crd.spec.names.kind;
  const served = crd.spec.versions.filter((v) => v.served);
  const storage = served.find((v) => v.storage) ?? served[0];
  // Storage version first, so its attributes win in mergeVersions; the rest alphabetically.
  const ordered = [
    storage,
    ...served.filter((v) => v !== storage).sort((a, b) => a.name.localeCompare(b.name)),
  ];
  const entries = ordered.map((v) => {
    const spec = v.schema?.openAPIV3Schema?.properties?.spec;
    if (!spec) throw new Error(`${file}: version ${v.name} has no spec schema`);
    return { version: v.name, node: normalise(spec) };
  });
  const errors = [];
  const spec = mergeVersions(entries, `${kind}.spec`, errors);
  if (errors.length > 0) throw new Error(`${file}: versions disagree:\n${errors.join('\n')}`);
  markKnownDeprecated(kind, spec);
  openFields(kind, spec);
  addExperimentalChannel(
    group,
    kind,
    spec,
    served.map((v) => v.name),
  );
  return {
    group,
    kind,
    docPrefix: DOC_PREFIX[`${group}/${kind}`] ?? kind,
    versions: served.map((v) => v.name).sort(),
    storageVersion: storage.name,
    spec,
    storageSpecSchema: storage.schema.openAPIV3Schema.properties.spec,
  };
}

// ---------------------------------------------------------------------------------------------
// docKeys
//
// A docKey names the text in fieldDocs.ts that documents a field. It reads like the field's path
// below `spec`, prefixed with the kind and without array or map levels, e.g.
// `VirtualService.http.route.weight`. Where an object shape repeats (a DestinationRule's traffic
// policy at the top level, per port and per subset; the exact/prefix/regex string matcher behind
// `uri`, `method`, `headers.*` and CORS origins), its fields are keyed below the shape's "home",
// the path listed in PREFERRED_HOMES, else the shortest path that holds it (ties: alphabetical). So
// `subsets[].trafficPolicy.loadBalancer.simple` has the key
// `DestinationRule.trafficPolicy.loadBalancer.simple`, and `method.exact` has
// `VirtualService.http.match.uri.exact`. An object-valued field that repeats with the same name,
// upstream description and shape (e.g. `destination` in HTTP, TCP and TLS routes) also shares the
// key of its home. The fields themselves keep their own keys when their upstream descriptions
// differ (`DestinationRule.trafficPolicy` versus `DestinationRule.subsets.trafficPolicy`).
// Array items and map values carry the key of their array or map. `spec` itself is `<Kind>.spec`.

function shapeSig(node, memo) {
  const cached = memo.get(node);
  if (cached) return cached;
  const sig = JSON.stringify({
    t: node.type,
    e: node.enum,
    f: node.format,
    min: node.minimum,
    max: node.maximum,
    r: node.required,
    o: node.oneOf,
    d: node.deprecated,
    x: node.open,
    p: node.properties ? [...node.properties].map(([name, child]) => fieldSig(name, child, memo)) : undefined,
    i: node.items ? shapeSig(node.items, memo) : undefined,
    v: node.values ? shapeSig(node.values, memo) : undefined,
  });
  memo.set(node, sig);
  return sig;
}

function fieldSig(name, node, memo) {
  return JSON.stringify([name, node.description, shapeSig(node, memo)]);
}

function comparePaths(preferred, order) {
  return (a, b) => {
    const pa = preferred.includes(a.join('.')) ? 0 : 1;
    const pb = preferred.includes(b.join('.')) ? 0 : 1;
    if (pa !== pb) return pa - pb;
    if (a.length !== b.length) return a.length - b.length;
    // Across the kinds of a shared group, the earlier kind (CRD_FILES order) is the home.
    const oa = order.indexOf(a[0]);
    const ob = order.indexOf(b[0]);
    if (oa !== ob) return oa - ob;
    const ja = a.join('.');
    const jb = b.join('.');
    return ja < jb ? -1 : ja > jb ? 1 : 0;
  };
}

/**
 * Assigns `docKey` to every node of the merged trees of `kinds` (mutates the nodes). Kinds passed
 * together share the keys of fields that repeat across them; each kind's paths start with its
 * docPrefix, so every key starts with the prefix of the kind that is the field's home.
 */
function assignDocKeys(kinds) {
  const memo = new Map();
  const shapeHolders = new Map(); // shape signature of an object container -> paths holding it
  const fieldHolders = new Map(); // field signature of an object-valued field -> paths
  const fields = []; // { path, name, node, parentContainer }
  const visit = (node, path) => {
    const container = containerOf(node);
    if (!container) return;
    const sig = shapeSig(container, memo);
    if (!shapeHolders.has(sig)) shapeHolders.set(sig, []);
    shapeHolders.get(sig).push(path);
    for (const [name, child] of container.properties) {
      const childPath = [...path, name];
      fields.push({ path: childPath, name, node: child, parentContainer: container });
      if (containerOf(child)) {
        const fsig = fieldSig(name, child, memo);
        if (!fieldHolders.has(fsig)) fieldHolders.set(fsig, []);
        fieldHolders.get(fsig).push(childPath);
      }
      visit(child, childPath);
    }
  };
  const keyByPath = new Map();
  for (const k of kinds) {
    visit(k.spec, [k.docPrefix]);
    keyByPath.set(k.docPrefix, k.docPrefix);
  }
  const preferred = kinds.flatMap((k) => (PREFERRED_HOMES[k.kind] ?? []).map((p) => `${k.docPrefix}.${p}`));
  const compare = comparePaths(
    preferred,
    kinds.map((k) => k.docPrefix),
  );
  const homeOf = (holders) => [...holders].sort(compare)[0];

  const byPath = new Map(fields.map((f) => [f.path.join('.'), f]));
  const keyOf = (path) => {
    const joined = path.join('.');
    const known = keyByPath.get(joined);
    if (known !== undefined) return known;
    const field = byPath.get(joined);
    let key;
    const fieldHome = containerOf(field.node)
      ? homeOf(fieldHolders.get(fieldSig(field.name, field.node, memo)))
      : path;
    if (fieldHome.join('.') !== joined) key = keyOf(fieldHome);
    else {
      const parentHome = homeOf(shapeHolders.get(shapeSig(field.parentContainer, memo)));
      key = `${keyOf(parentHome)}.${field.name}`;
    }
    keyByPath.set(joined, key);
    return key;
  };

  const sigByKey = new Map();
  const setKey = (node, key) => {
    node.docKey = key;
    if (node.items) setKey(node.items, key);
    if (node.values) setKey(node.values, key);
  };
  for (const k of kinds) setKey(k.spec, `${k.docPrefix}.spec`);
  for (const field of fields) {
    const key = keyOf(field.path);
    setKey(field.node, key);
    const sig = fieldSig(field.name, field.node, memo);
    const previous = sigByKey.get(key);
    if (previous !== undefined && previous !== sig) {
      throw new Error(`docKey ${key} would document two different fields`);
    }
    sigByKey.set(key, sig);
  }
}

// ---------------------------------------------------------------------------------------------
// Output: the TypeScript module

/** Converts a merged node to the plain FieldSchema object (keys sorted when printed). */
function toFieldSchema(node, kindVersions) {
  const out = { type: node.type, docKey: node.docKey };
  if (node.properties) {
    out.properties = Object.fromEntries(
      [...node.properties].map(([name, child]) => [name, toFieldSchema(child, kindVersions)]),
    );
  }
  if (node.required) out.required = node.required;
  if (node.oneOf) out.oneOf = node.oneOf;
  if (node.items) out.items = toFieldSchema(node.items, kindVersions);
  if (node.values) out.values = toFieldSchema(node.values, kindVersions);
  if (node.enum) out.enum = node.enum;
  if (node.minimum !== undefined) out.minimum = node.minimum;
  if (node.maximum !== undefined) out.maximum = node.maximum;
  if (node.format) out.format = node.format;
  const versions = [...node.versions].sort();
  if (versions.join() !== kindVersions.join()) out.versions = versions;
  if (node.deprecated) out.deprecated = true;
  if (node.open) out.open = true;
  return out;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Prints a JSON-like value as a TypeScript literal: sorted keys, single quotes, trailing commas. */
function printLiteral(value, indent) {
  const pad = '  '.repeat(indent + 1);
  const end = '  '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) {
      const flat = `[${value.map((v) => printLiteral(v, 0)).join(', ')}]`;
      if (flat.length + indent * 2 <= 100) return flat;
    }
    return `[\n${value.map((v) => `${pad}${printLiteral(v, indent + 1)},\n`).join('')}${end}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    if (keys.length === 0) return '{}';
    return `{\n${keys.map((k) => `${pad}${IDENTIFIER.test(k) ? k : quote(k)}: ${printLiteral(value[k], indent + 1)},\n`).join('')}${end}}`;
  }
  if (typeof value === 'string') return quote(value);
  return String(value);
}

function quote(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function renderModule(kinds, crdFiles, sources) {
  const header = [
    '// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run generate:schemas`',
    '// (scripts/generate-istio-schemas.mjs); `node scripts/generate-istio-schemas.mjs --check` detects drift.',
    '// Field types, enums, required fields, oneOf groups, bounds, formats, serving versions and',
    '// deprecation flags come from these CustomResourceDefinitions (see third_party/crds/SOURCE.md):',
    ...crdFiles.flatMap((f) => {
      const source = sources.get(f.file);
      const origin = source
        ? [`//     from ${source.repository ?? 'upstream'} at commit ${source.commit}`]
        : [];
      return [`//   ${f.file}`, `//     sha256 ${f.sha256}`, ...origin];
    }),
    '// Upstream descriptions are deliberately not included: hover text lives in fieldDocs.ts.',
  ];
  const body = kinds.map((k) => ({
    ...(k.docPrefix !== k.kind ? { docPrefix: k.docPrefix } : {}),
    group: k.group,
    kind: k.kind,
    spec: toFieldSchema(k.spec, k.versions),
    storageVersion: k.storageVersion,
    versions: k.versions,
  }));
  return `${header.join('\n')}\nimport type { KindSchema } from './schemaTypes';\n\nexport const ISTIO_SCHEMAS: readonly KindSchema[] = ${printLiteral(body, 0)};\n`;
}

// ---------------------------------------------------------------------------------------------
// Output: JSON Schemas (draft-07) for the yaml-language-server benchmark

/** Converts a CRD OpenAPI node to draft-07: drops Kubernetes extensions, maps nullable and int-or-string. */
function toJsonSchema(s) {
  const out = {};
  for (const key of [
    'description',
    'enum',
    'format',
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    'minLength',
    'maxLength',
    'maxProperties',
    'required',
  ]) {
    if (s[key] !== undefined) out[key] = s[key];
  }
  if (s['x-kubernetes-int-or-string'] === true) out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  else if (s.type) out.type = s.nullable === true ? [s.type, 'null'] : s.type;
  if (s.properties) {
    out.properties = Object.fromEntries(
      Object.keys(s.properties).map((k) => [k, toJsonSchema(s.properties[k])]),
    );
    // The API server prunes (and `kubectl --validate=strict` rejects) unknown fields, so say so.
    if (s['x-kubernetes-preserve-unknown-fields'] !== true) out.additionalProperties = false;
  } else if (s.additionalProperties !== undefined) {
    out.additionalProperties =
      typeof s.additionalProperties === 'object'
        ? toJsonSchema(s.additionalProperties)
        : s.additionalProperties;
  }
  if (s.items) out.items = toJsonSchema(s.items);
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(s[key]) && !out[key]) out[key] = s[key].map(toJsonSchema);
  }
  if (s.not) out.not = toJsonSchema(s.not);
  return out;
}

function sortKeysDeep(value) {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeysDeep(value[k])]),
    );
  }
  return value;
}

function renderBenchSchema(k, file, source) {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: `Generated by scripts/generate-istio-schemas.mjs from ${file} (${source ? `${source.repository} @ ${source.commit}` : 'upstream'}), spec of the storage version ${k.storageVersion}; do not edit.`,
    title: `${k.kind} (${k.group})`,
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata'],
    properties: {
      apiVersion: { type: 'string', enum: k.versions.map((v) => `${k.group}/${v}`) },
      kind: { type: 'string', const: k.kind },
      metadata: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          namespace: { type: 'string' },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          annotations: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      spec: toJsonSchema(k.storageSpecSchema),
      status: { type: 'object' },
    },
    additionalProperties: false,
  };
  return JSON.stringify(sortKeysDeep(schema), null, 2);
}

/** Formats output with the repository's Prettier settings, so `prettier --check` passes on it. */
async function formatWithPrettier(text, path, parser) {
  const options = (await prettier.resolveConfig(resolve(repoRoot, path))) ?? {};
  return prettier.format(text, { ...options, parser });
}

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * Pure core: reads the CRDs and resolves to every output file as { path relative to the
 * repository root, content }. Writes nothing.
 */
export async function generate(
  crdsDir = process.env.ISTIO_CRDS_DIR || resolve(repoRoot, 'third_party/crds'),
) {
  const crdFiles = readCrds(crdsDir);
  const sources = readSources(crdsDir);
  const kinds = crdFiles.map((f) => ({ ...readKind(f), file: f.file }));
  for (const group of new Set(kinds.map((k) => k.group))) {
    const members = kinds.filter((k) => k.group === group);
    if (SHARED_DOC_GROUPS.includes(group)) assignDocKeys(members);
    else for (const k of members) assignDocKeys([k]);
  }
  const module = await formatWithPrettier(
    renderModule(kinds, crdFiles, sources),
    SCHEMA_MODULE_PATH,
    'typescript',
  );
  const outputs = [{ path: SCHEMA_MODULE_PATH, content: module }];
  for (const k of kinds) {
    const name = BENCH_SCHEMAS[`${k.group}/${k.kind}`];
    if (!name) continue;
    const path = `bench/schemas/${name}`;
    outputs.push({
      path,
      content: await formatWithPrettier(renderBenchSchema(k, k.file, sources.get(k.file)), path, 'json'),
    });
  }
  return outputs;
}

async function main(argv) {
  const check = argv.includes('--check');
  const outRootIndex = argv.indexOf('--out-root');
  const outRoot = outRootIndex >= 0 ? resolve(argv[outRootIndex + 1] ?? '.') : repoRoot;
  const outputs = await generate();
  let drift = 0;
  for (const { path, content } of outputs) {
    const target = join(outRoot, path);
    if (check) {
      const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
      if (current !== content) {
        drift++;
        console.error(`${path} is out of date; run npm run generate:schemas`);
      }
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      console.log(`wrote ${path} (${Buffer.byteLength(content)} bytes)`);
    }
  }
  if (check && drift === 0) console.log(`${outputs.length} generated files are up to date`);
  return drift === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
