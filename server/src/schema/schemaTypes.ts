// The shape of the generated schema data (istioSchemas.generated.ts) and of the
// hand-written field documentation (fieldDocs.ts). Plain data: no behaviour, no imports.

/** The value types a field can hold, as the CRDs' OpenAPI schemas describe them. */
export type FieldType =
  'object' | 'array' | 'map' | 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string' | 'any';

export interface FieldSchema {
  readonly type: FieldType;
  /**
   * Key into FIELD_DOCS. Fields whose object shapes repeat (a DestinationRule's traffic
   * policy at the top level, per port and per subset) share one key, so one text documents
   * them all.
   */
  readonly docKey: string;
  /** For objects: the known child fields. */
  readonly properties?: Readonly<Record<string, FieldSchema>>;
  /** For objects: child fields that must be present. */
  readonly required?: readonly string[];
  /**
   * For objects: groups of child fields of which at most one may be set (from the CRD's
   * `oneOf` alternatives), e.g. [["exact", "prefix", "regex"]].
   */
  readonly oneOf?: readonly (readonly string[])[];
  /** For arrays: the element schema. */
  readonly items?: FieldSchema;
  /** For maps: the value schema (keys are free-form strings). */
  readonly values?: FieldSchema;
  /** Allowed values, for enumerations. */
  readonly enum?: readonly string[];
  /** Inclusive numeric bounds, where the CRD states them. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** The CRD's `format` (e.g. "uint32", "int32", "duration" when derivable). */
  readonly format?: string;
  /** API versions that serve this field; absent when every version of the kind does. */
  readonly versions?: readonly string[];
  /** Marked deprecated in the upstream API. */
  readonly deprecated?: boolean;
  /**
   * For objects: the API server keeps fields the schema does not list
   * (`x-kubernetes-preserve-unknown-fields`), so an unlisted key is never an error.
   */
  readonly open?: boolean;
}

export interface KindSchema {
  readonly group: string;
  readonly kind: string;
  /**
   * The prefix of this kind's docKeys when the kind name alone would clash with another group's
   * kind (`KubeGateway` for the Gateway API's Gateway); absent means the kind name.
   */
  readonly docPrefix?: string;
  /** Served versions, e.g. ["v1", "v1alpha3", "v1beta1"]. */
  readonly versions: readonly string[];
  readonly storageVersion: string;
  /** The schema of `spec`. */
  readonly spec: FieldSchema;
}
