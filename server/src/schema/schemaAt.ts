// Entry point of schema/: looks up kinds (by API group and kind name), fields, enum values and
// their documentation in the generated schemas (istioSchemas.generated.ts: Istio, KubeVela, the
// Gateway API, Argo Rollouts, Flagger) and the hand-written fieldDocs.ts.
// Pure data access: imports nothing outside this folder and never touches the LSP or files.
import { ENUM_DOCS, FIELD_DOCS, enumDocKey, manifestDocKey } from './fieldDocs';
import { ISTIO_SCHEMAS } from './istioSchemas.generated';
import type { FieldSchema, KindSchema } from './schemaTypes';

export type { FieldSchema, FieldType, KindSchema } from './schemaTypes';

/**
 * Every kind name we have a schema for, e.g. "VirtualService", in generation order, each once
 * (`Gateway` is both Istio's and the Gateway API's).
 */
export const KNOWN_KINDS: readonly string[] = [...new Set(ISTIO_SCHEMAS.map((schema) => schema.kind))];

/** Splits "group/version"; core Kubernetes kinds ("v1") have no group and yield undefined. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } | undefined {
  const trimmed = apiVersion.trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || slash === trimmed.length - 1) return undefined;
  return { group: trimmed.slice(0, slash), version: trimmed.slice(slash + 1) };
}

/**
 * The schema for a manifest's apiVersion and kind, or undefined when the kind is unknown, the
 * group does not match, or the version is not served (e.g. "networking.istio.io/v2"). Kinds are
 * keyed by API group and name: `networking.istio.io` Gateway and `gateway.networking.k8s.io`
 * Gateway are two schemas.
 */
export function findKindSchema(apiVersion: string, kind: string): KindSchema | undefined {
  const parts = splitApiVersion(apiVersion);
  if (!parts) return undefined;
  const schema = findGroupKindSchema(parts.group, kind);
  return schema?.versions.includes(parts.version) ? schema : undefined;
}

/** The schema of a group's kind whatever the version, e.g. ("networking.istio.io", "Gateway"). */
export function findGroupKindSchema(group: string, kind: string): KindSchema | undefined {
  return ISTIO_SCHEMAS.find((schema) => schema.kind === kind && schema.group === group);
}

/** Every schema of a kind name, one per API group that defines it (two for `Gateway`). */
export function kindSchemasNamed(kind: string): readonly KindSchema[] {
  return ISTIO_SCHEMAS.filter((schema) => schema.kind === kind);
}

/**
 * The schema the editor should use for documentation and completion while the apiVersion is
 * still wrong or half-typed: the exact one, else the same group's kind in an unserved version,
 * else the only kind of that name when no other group claims it. Undefined when it is ambiguous
 * (`Gateway` of an unknown group) or unknown.
 */
export function guessKindSchema(apiVersion: string | undefined, kind: string): KindSchema | undefined {
  const parts = apiVersion !== undefined ? splitApiVersion(apiVersion) : undefined;
  const sameGroup = parts && findGroupKindSchema(parts.group, kind);
  if (sameGroup) return sameGroup;
  const named = kindSchemasNamed(kind);
  return named.length === 1 ? named[0] : undefined;
}

/** True when the apiVersion's group is one we have schemas for. */
export function isKnownGroup(apiVersion: string): boolean {
  const parts = splitApiVersion(apiVersion);
  return parts !== undefined && ISTIO_SCHEMAS.some((schema) => schema.group === parts.group);
}

/**
 * The served apiVersions of a kind schema, storage version first (the one to suggest), then the
 * rest in alphabetical order.
 */
export function servedApiVersions(schema: KindSchema): readonly string[] {
  const others = schema.versions.filter((version) => version !== schema.storageVersion);
  return [schema.storageVersion, ...others].map((version) => `${schema.group}/${version}`);
}

/**
 * The served apiVersions of every schema named `kind` (both groups for `Gateway`), each schema's
 * storage version first; empty for an unknown kind.
 */
export function knownApiVersionsFor(kind: string): readonly string[] {
  return kindSchemasNamed(kind).flatMap(servedApiVersions);
}

/** The docKey prefix of a kind schema: its kind, or e.g. `KubeGateway` where names clash. */
export function docPrefixOf(schema: KindSchema): string {
  return schema.docPrefix ?? schema.kind;
}

/**
 * The schema of a whole manifest of this kind: apiVersion, kind, metadata (name, namespace,
 * labels, annotations) and spec. Walk it with fieldAt using paths from the document root.
 */
export function manifestSchema(schema: KindSchema): FieldSchema {
  const kind = docPrefixOf(schema);
  const stringMap = (docKey: string): FieldSchema => ({
    type: 'map',
    docKey,
    values: { type: 'string', docKey },
  });
  return {
    type: 'object',
    docKey: manifestDocKey(kind, 'manifest'),
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: {
      apiVersion: {
        type: 'string',
        docKey: manifestDocKey(kind, 'apiVersion'),
        enum: servedApiVersions(schema),
      },
      kind: { type: 'string', docKey: manifestDocKey(kind, 'kind'), enum: [schema.kind] },
      metadata: {
        type: 'object',
        docKey: manifestDocKey(kind, 'metadata'),
        required: ['name'],
        properties: {
          name: { type: 'string', docKey: manifestDocKey(kind, 'metadata.name') },
          namespace: { type: 'string', docKey: manifestDocKey(kind, 'metadata.namespace') },
          labels: stringMap(manifestDocKey(kind, 'metadata.labels')),
          annotations: stringMap(manifestDocKey(kind, 'metadata.annotations')),
        },
      },
      spec: schema.spec,
    },
  };
}

/**
 * The field at a path below `root`: strings step into object properties or map values (any
 * key), numbers step into array items. Returns undefined when the path leaves the schema, and
 * also below free-form (`any`) fields, whose content the schema does not describe.
 */
export function fieldAt(root: FieldSchema, path: readonly (string | number)[]): FieldSchema | undefined {
  let current: FieldSchema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    if (typeof segment === 'number') {
      current = current.type === 'array' ? current.items : undefined;
    } else if (current.type === 'object') {
      current = fieldNamed(current.properties, segment);
    } else if (current.type === 'map') {
      current = current.values;
    } else {
      current = undefined;
    }
  }
  return current;
}

/**
 * Hover Markdown for a field: our own text from FIELD_DOCS, preceded by a deprecation note when
 * upstream deprecates the field. Empty when the docKey has no text (a test keeps that from happening).
 */
export function docFor(field: FieldSchema): string {
  const text = FIELD_DOCS[field.docKey] ?? '';
  return field.deprecated ? `**Deprecated.** ${text}`.trim() : text;
}

/** Our text for one enum value of a field (e.g. LEAST_REQUEST), or undefined when it needs none. */
export function enumDoc(field: FieldSchema, value: string): string | undefined {
  if (!field.enum?.includes(value)) return undefined;
  return ENUM_DOCS[enumDocKey(field.docKey, value)];
}

/**
 * A one-line summary of what a field accepts, for hovers and completion details, e.g.
 * "integer, 0 to 4294967295" or "one of: ROUND_ROBIN, LEAST_REQUEST".
 */
export function describeFieldType(field: FieldSchema): string {
  const parts: string[] = [];
  switch (field.type) {
    case 'array':
      parts.push(field.items ? `list of ${describeFieldType(field.items)}` : 'list');
      break;
    case 'map':
      parts.push(field.values ? `map of string to ${describeFieldType(field.values)}` : 'map');
      break;
    case 'int-or-string':
      parts.push('integer or string');
      break;
    case 'any':
      parts.push('any value');
      break;
    default:
      parts.push(
        field.format && field.format !== 'int32' && field.format !== 'double' ? field.format : field.type,
      );
  }
  if (field.enum) parts.push(`one of: ${field.enum.map((v) => (v === '' ? '""' : v)).join(', ')}`);
  if (field.minimum !== undefined && field.maximum !== undefined) {
    parts.push(`${field.minimum} to ${field.maximum}`);
  } else if (field.minimum !== undefined) parts.push(`at least ${field.minimum}`);
  else if (field.maximum !== undefined) parts.push(`at most ${field.maximum}`);
  return parts.join(', ');
}

/**
 * The field `name` of an object's `properties`: only its own, so a key spelt like an inherited
 * member (`constructor`, `toString`, `__proto__`) is an unknown field, not a known one.
 */
export function fieldNamed(
  properties: Readonly<Record<string, FieldSchema>> | undefined,
  name: string,
): FieldSchema | undefined {
  return properties !== undefined && Object.hasOwn(properties, name) ? properties[name] : undefined;
}
