// Checks one Istio document against the generated schema: unknown fields, value types, enum
// values, required fields, mutually exclusive fields and deprecated fields. The walk never
// enters aliases (the anchored node is checked where it is written), so it is linear in the
// size of the document whatever the aliases do.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from '../../syntax/yamlAst';
import type { Span } from '../../syntax/parseYaml';
import { keyName, mergedPairs, spanOf } from '../../syntax/yamlAst';
import type { FieldSchema, KindSchema } from '../../schema/schemaTypes';
import { fieldNamed } from '../../schema/schemaAt';
import { closest } from '../../text/suggest';

export type SchemaIssueCode =
  | 'unknown-field'
  | 'type-mismatch'
  | 'invalid-enum'
  | 'missing-required'
  | 'conflicting-fields'
  | 'deprecated-field';

export interface SchemaIssue {
  readonly code: SchemaIssueCode;
  readonly span: Span;
  readonly message: string;
  /** For unknown-field and invalid-enum: the suggested replacement text for a quick fix. */
  readonly suggestion?: string;
  /** For unknown-field: a field of the enclosing entry indented one level too deep (`weight`). */
  readonly misplaced?: string;
}

const TOP_LEVEL_KEYS = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];
const METADATA_KEYS = [
  'name',
  'namespace',
  'labels',
  'annotations',
  'generateName',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'ownerReferences',
  'finalizers',
  'managedFields',
  'selfLink',
];

/**
 * What replaces each deprecated field (istio/api networking/v1alpha3 protos, `[deprecated = true]`
 * and "Deprecated:" comments), keyed by field name; the names are unique across the four kinds.
 */
const DEPRECATED_REPLACEMENTS: Readonly<Record<string, string>> = {
  mirrorPercent: 'use `mirrorPercentage: { value: … }` (a fraction-capable percentage)',
  mirror_percent: 'use `mirrorPercentage: { value: … }` (a fraction-capable percentage)',
  percent: 'use `percentage: { value: … }` instead of the integer `percent`',
  allowOrigin: 'use `allowOrigins` with `exact`, `prefix` or `regex` entries',
  consecutiveErrors: 'use `consecutive5xxErrors` or `consecutiveGatewayErrors`',
  minimumRingSize: 'use `ringHash: { minimumRingSize: … }`',
  warmupDurationSecs: 'use `warmup: { duration: … }`',
};

/** Deprecated enum values (`field=value`) and what to write instead. */
const DEPRECATED_VALUES: Readonly<Record<string, string>> = {
  'simple=LEAST_CONN': 'use `LEAST_REQUEST`, which is what Istio runs for it',
};

/** The values of DEPRECATED_VALUES, so a scalar builds no lookup key unless it could match. */
const DEPRECATED_VALUE_TEXTS = new Set(
  Object.keys(DEPRECATED_VALUES).map((k) => k.slice(k.indexOf('=') + 1)),
);

/** Checks one resource (`root`: the document's top-level map, or a list item) against its kind's schema. */
export function checkSchema(
  root: unknown,
  _doc: Document,
  kindSchema: KindSchema,
  apiVersion: string,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (!isMap(root)) return issues;
  const version = apiVersion.split('/')[1] ?? '';
  let specPair: Pair<unknown, unknown> | undefined;
  for (const item of root.items) {
    if (!isPair(item)) continue;
    const name = keyName(item);
    if (name === undefined) continue;
    if (name === 'spec') specPair = item;
    else if (name === 'metadata') checkMetadata(item, issues);
    else if (!TOP_LEVEL_KEYS.includes(name))
      issues.push(unknownField(item, name, TOP_LEVEL_KEYS, 'a Kubernetes resource', kindSchema.group));
  }
  if (!specPair) {
    const kindPair = root.items.find((p) => isPair(p) && keyName(p) === 'kind');
    const span = spanOf(kindPair?.key) ?? spanOf(root);
    if (span) {
      issues.push({
        code: 'missing-required',
        span,
        message: `A ${kindSchema.kind} needs a \`spec\`; add one.`,
      });
    }
    return issues;
  }
  const walker = new Walker(issues, version, kindSchema);
  walker.spec(specPair.value, kindSchema.spec, specPair);
  return issues;
}

function checkMetadata(pair: Pair<unknown, unknown>, issues: SchemaIssue[]): void {
  const map = pair.value;
  if (!isMap(map)) {
    if (isAlias(map)) return;
    const span = spanOf(map) ?? spanOf(pair.key);
    if (span)
      issues.push({
        code: 'type-mismatch',
        span,
        message: '`metadata` must be a mapping with at least `name`.',
      });
    return;
  }
  let hasName = false;
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const name = keyName(item);
    if (name === undefined) continue;
    if (name === 'name' || name === 'generateName') hasName = true;
    if (!METADATA_KEYS.includes(name))
      issues.push(unknownField(item, name, METADATA_KEYS, '`metadata`', undefined));
  }
  const span = spanOf(pair.key);
  if (!hasName && span) {
    issues.push({
      code: 'missing-required',
      span,
      message: 'Every resource needs `metadata.name`; add a name.',
    });
  }
}

function unknownField(
  pair: Pair<unknown, unknown>,
  name: string,
  known: Iterable<string>,
  where: string,
  group: string | undefined,
): SchemaIssue {
  const span = spanOf(pair.key) ?? { start: 0, end: 0 };
  const suggestion = closest(name, known);
  return {
    code: 'unknown-field',
    span,
    message: suggestion
      ? `Unknown field \`${name}\` in ${where}; did you mean \`${suggestion}\`?`
      : `Unknown field \`${name}\` in ${where}; ${group === undefined || group === 'networking.istio.io' ? 'Istio rejects or ignores it' : 'the API server drops it'}. Remove it or check the spelling.`,
    ...(suggestion ? { suggestion } : {}),
  };
}

/** The fields of an object schema without `properties`. */
const NO_PROPERTIES: Readonly<Record<string, FieldSchema>> = {};

/**
 * Walks a resource's spec with its schema. The path of the node being checked (`spec.http[0].route`)
 * only goes into messages, and most nodes have none: the walker keeps the path's segments on a
 * stack and spells the path out only for a finding (paths built eagerly for every node were a
 * good share of the walk's time and garbage on a large file).
 */
class Walker {
  /** Below `spec`: a field or map key (read as `.name`) or a list index (read as `[i]`). */
  private readonly segments: (string | number)[] = [];

  constructor(
    private readonly issues: SchemaIssue[],
    private readonly version: string,
    private readonly kindSchema: KindSchema,
  ) {}

  /** The path of the node being checked, as the messages spell it: `spec.http[0].route`. */
  private path(): string {
    let path = 'spec';
    for (const segment of this.segments) path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
    return path;
  }

  /** The innermost field name of the path (`app.kubernetes.io/name` stays whole). */
  private lastName(): string {
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const segment = this.segments[i];
      if (typeof segment === 'string') return segment;
    }
    return 'spec';
  }

  /** Checks the value of `spec` itself. */
  spec(node: unknown, schema: FieldSchema, pair: Pair<unknown, unknown>): void {
    this.value(node, schema, pair, undefined);
  }

  /** `enclosing` is the object schema holding this field, for spotting keys indented one level too deep. */
  private value(
    node: unknown,
    schema: FieldSchema,
    pair: Pair<unknown, unknown> | undefined,
    enclosing: FieldSchema | undefined,
  ): void {
    if (node === null || node === undefined || isAlias(node)) return;
    const n = node as Node;
    if (isScalar(n) && n.value === null) return; // `key:` with no value yet: nothing to check.
    switch (schema.type) {
      case 'any':
        return;
      case 'object':
        if (!isMap(n)) return this.mismatch(n, 'a mapping of fields', pair);
        return this.object(n, schema, pair, enclosing?.properties);
      case 'map': {
        if (!isMap(n)) return this.mismatch(n, 'a mapping of names to values', pair);
        const values = schema.values;
        if (!values) return;
        for (const item of n.items) {
          if (!isPair(item)) continue;
          this.segments.push(keyName(item) ?? '?');
          this.value(item.value, values, item, undefined);
          this.segments.pop();
        }
        return;
      }
      case 'array': {
        if (!isSeq(n)) return this.mismatch(n, 'a list (items starting with `- `)', pair);
        const items = schema.items;
        if (!items) return;
        for (let i = 0; i < n.items.length; i++) {
          this.segments.push(i);
          this.value(n.items[i], items, undefined, undefined);
          this.segments.pop();
        }
        return;
      }
      default:
        return this.scalar(n, schema);
    }
  }

  private object(
    map: YAMLMap<unknown, unknown>,
    schema: FieldSchema,
    parent: Pair<unknown, unknown> | undefined,
    parentProperties: Readonly<Record<string, FieldSchema>> | undefined,
  ): void {
    const properties = schema.properties ?? NO_PROPERTIES;
    // A misspelt key (`destinaton`) already gets "did you mean `destination`?"; saying that
    // `destination` is missing as well would be the same mistake reported twice.
    let misspelt: Set<string> | undefined;
    for (const item of map.items) {
      if (!isPair(item)) continue;
      const name = keyName(item);
      if (name === undefined) continue;
      const child = fieldNamed(properties, name);
      // The CRD keeps fields it does not list here (x-kubernetes-preserve-unknown-fields).
      if (!child && schema.open) continue;
      if (!child && fieldNamed(parentProperties, name)) {
        // `weight:` indented under `destination:` belongs one level up, next to it.
        const span = spanOf(item.key);
        const owner = this.lastName();
        if (span) {
          this.issues.push({
            code: 'unknown-field',
            span,
            message: `\`${name}\` belongs next to \`${owner}\`, not inside it: move \`${name}\` left so it lines up with \`${owner}\`.`,
            misplaced: name,
          });
        }
        continue;
      }
      if (!child) {
        const issue = unknownField(
          item,
          name,
          Object.keys(properties),
          `\`${displayPath(this.path())}\``,
          this.kindSchema.group,
        );
        if (issue.suggestion) (misspelt ??= new Set()).add(issue.suggestion);
        this.issues.push(issue);
        continue;
      }
      if (child.versions && !child.versions.includes(this.version)) {
        const span = spanOf(item.key);
        if (span) {
          this.issues.push({
            code: 'unknown-field',
            span,
            message: `\`${name}\` is not served by ${this.kindSchema.kind} ${this.version}; it needs apiVersion ${this.kindSchema.group}/${child.versions.join(' or ')}.`,
          });
        }
        continue;
      }
      if (child.deprecated) {
        const span = spanOf(item.key);
        if (span) {
          const instead = DEPRECATED_REPLACEMENTS[name];
          this.issues.push({
            code: 'deprecated-field',
            span,
            message: `\`${name}\` is deprecated in Istio and may stop working in a later release${instead ? `; ${instead}` : '; see the hover for the replacement'}.`,
          });
        }
      }
      this.segments.push(name);
      this.value(item.value, child, item, schema);
      this.segments.pop();
    }
    const required = schema.required;
    const oneOf = schema.oneOf;
    if (!required?.length && !oneOf?.length) return;
    // The fields present: the map's own keys (the last of a repeated key), then those a merge
    // key (`<<: *base`) brings in, as kubectl reads them; their values are checked where the
    // anchored map is written.
    const present = new Map<string, Pair<unknown, unknown>>();
    for (const item of map.items) {
      if (!isPair(item)) continue;
      const name = keyName(item);
      if (name !== undefined) present.set(name, item);
    }
    for (const item of mergedPairs(map)) {
      const name = keyName(item);
      if (name !== undefined && !present.has(name)) present.set(name, item);
    }
    for (const field of required ?? []) {
      if (present.has(field) || misspelt?.has(field)) continue;
      const span = this.anchorFor(map, parent);
      if (span) {
        this.issues.push({
          code: 'missing-required',
          span,
          message: `\`${displayPath(this.path())}\` needs \`${field}\`; add \`${field}:\`.`,
        });
      }
    }
    for (const group of oneOf ?? []) {
      const set = group.filter((g) => present.has(g));
      if (set.length > 1) {
        const second = present.get(set[1]!);
        const span = spanOf(second?.key);
        if (span) {
          this.issues.push({
            code: 'conflicting-fields',
            span,
            message: `Set only one of ${group.map((g) => `\`${g}\``).join(', ')}; \`${set[0]}\` is already set here.`,
          });
        }
      }
    }
  }

  /** Missing-field findings sit on the parent's key, or on the first key of a list item. */
  private anchorFor(
    map: YAMLMap<unknown, unknown>,
    parent: Pair<unknown, unknown> | undefined,
  ): Span | undefined {
    const parentKey = spanOf(parent?.key);
    if (parentKey) return parentKey;
    const first = map.items[0];
    return isPair(first) ? spanOf(first.key) : spanOf(map);
  }

  /** The name of the field being checked, for messages (derived only when there is one to write). */
  private fieldName(): string {
    return this.lastName();
  }

  private scalar(node: Node, schema: FieldSchema): void {
    if (!isScalar(node)) {
      return this.mismatch(node, describeType(schema), undefined);
    }
    const v = node.value;
    switch (schema.type) {
      case 'string':
        // A duration written as a bare number (`timeout: 10`) is invalid-duration's to report,
        // with the fix `10s`; quoting it would not make it valid.
        if (typeof v !== 'string' && schema.format === 'duration') return;
        if (typeof v !== 'string') {
          // Kubernetes accepts only strings here; 8080 or true must be quoted.
          const span = spanOf(node);
          if (span) {
            this.issues.push({
              code: 'type-mismatch',
              span,
              message: `\`${this.fieldName()}\` must be a string; quote the value: "${String(v)}".`,
            });
          }
          return;
        }
        break;
      case 'integer':
      case 'number':
        if (typeof v !== 'number') {
          const span = spanOf(node);
          if (span) {
            const hint =
              typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*%\s*$/.test(v) ? ' without the % sign' : '';
            this.issues.push({
              code: 'type-mismatch',
              span,
              message: `\`${this.fieldName()}\` must be a number${hint}, not ${describeValue(v)}${hint ? `: ${parseFloat(v as string)}` : ''}.`,
            });
          }
          return;
        }
        if (schema.type === 'integer' && !Number.isInteger(v)) {
          const span = spanOf(node);
          if (span)
            this.issues.push({
              code: 'type-mismatch',
              span,
              message: `\`${this.fieldName()}\` must be a whole number, not ${v}.`,
            });
          return;
        }
        break;
      case 'boolean':
        if (typeof v !== 'boolean') {
          const span = spanOf(node);
          if (span)
            this.issues.push({
              code: 'type-mismatch',
              span,
              message: `\`${this.fieldName()}\` must be true or false, not ${describeValue(v)}.`,
            });
          return;
        }
        break;
      case 'int-or-string':
        if (typeof v !== 'number' && typeof v !== 'string')
          return this.mismatch(node, 'a number or a string', undefined);
        break;
    }
    const deprecatedValue =
      typeof v === 'string' && DEPRECATED_VALUE_TEXTS.has(v)
        ? DEPRECATED_VALUES[`${this.fieldName()}=${v}`]
        : undefined;
    if (deprecatedValue) {
      const span = spanOf(node);
      if (span)
        this.issues.push({
          code: 'deprecated-field',
          span,
          message: `\`${this.fieldName()}: ${String(v)}\` is deprecated in Istio; ${deprecatedValue}.`,
          suggestion: deprecatedValue.replace(/^use `([^`]+)`.*$/, '$1'),
        });
    }
    if (schema.enum && typeof v === 'string' && !schema.enum.includes(v)) {
      const span = spanOf(node);
      const suggestion = closest(v, schema.enum);
      if (span) {
        this.issues.push({
          code: 'invalid-enum',
          span,
          message: `\`${v}\` is not a valid \`${this.fieldName()}\`${suggestion ? `; did you mean \`${suggestion}\`?` : '.'} Allowed: ${schema.enum.map((e) => (e === '' ? '""' : e)).join(', ')}.`,
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  }

  private mismatch(node: Node, expected: string, pair: Pair<unknown, unknown> | undefined): void {
    // A wrong scalar is marked where it is; a wrong collection (many lines) at its key.
    const span = (isScalar(node) ? undefined : spanOf(pair?.key)) ?? spanOf(node);
    if (!span) return;
    this.issues.push({
      code: 'type-mismatch',
      span,
      message: `\`${this.lastName()}\` must be ${expected}, not ${describeNode(node)}.`,
    });
  }
}

function describeType(schema: FieldSchema): string {
  switch (schema.type) {
    case 'string':
      return 'a string';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return schema.type;
  }
}

function describeNode(node: Node): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return describeValue(node.value);
  return 'this value';
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  return 'an empty value';
}

function displayPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}
