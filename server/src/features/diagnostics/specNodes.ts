// A small read-only cursor over the YAML of an Istio resource's `spec`, for the rules that check
// what the validation webhook checks field by field (rules/invalid*.ts and friends). It follows
// aliases one step at a time like syntax/yamlAst.ts, answers `undefined` for anything of the
// wrong shape (the schema rules report shapes), and every node knows its span.
import { isMap, isPair, isScalar, isSeq, type Document } from '../../syntax/yamlAst';
import type { SourceFile } from '../../sourceFile';
import type { Span } from '../../syntax/parseYaml';
import { asMap, asSeq, deref, getValue, keyName, spanOf, stringValue } from '../../syntax/yamlAst';
import { readTypeMeta } from '../../model/readResources';
import { resourceRoots } from '../../model/resourceRoots';

export class SpecNode {
  constructor(
    readonly node: unknown,
    readonly doc: Document,
    /**
     * The key node this node is the value of, when it sits in a mapping (its span is taken only
     * when a rule asks: most nodes a rule reads are never reported).
     */
    private readonly keyNode?: unknown,
  ) {}

  /** The span of the key this node is the value of, when it sits in a mapping. */
  get keySpan(): Span | undefined {
    return spanOf(this.keyNode);
  }

  /** The value's span; the key's when the value is empty. */
  get span(): Span {
    return spanOf(deref(this.node, this.doc)) ?? this.keySpan ?? { start: 0, end: 0 };
  }

  /** The key's span when there is one, else the value's. */
  get anchor(): Span {
    return this.keySpan ?? this.span;
  }

  get isMap(): boolean {
    return isMap(deref(this.node, this.doc));
  }

  get isSeq(): boolean {
    return isSeq(deref(this.node, this.doc));
  }

  /** Whether the value is an explicit null or missing (`key:` with nothing after it). */
  get isNull(): boolean {
    const n = deref(this.node, this.doc);
    return n === undefined || (isScalar(n) && n.value === null);
  }

  get(key: string): SpecNode | undefined {
    const map = asMap(this.node, this.doc);
    if (!map) return undefined;
    for (const item of map.items) {
      if (isPair(item) && keyName(item) === key) return new SpecNode(item.value, this.doc, item.key);
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A present key whose value is not null (protobuf treats `key:` with no value as unset). */
  isSet(key: string): boolean {
    const child = this.get(key);
    return child !== undefined && !child.isNull;
  }

  /** The entries of a mapping, keys as text. */
  entries(): [string, SpecNode][] {
    const map = asMap(this.node, this.doc);
    if (!map) return [];
    const out: [string, SpecNode][] = [];
    for (const item of map.items) {
      if (!isPair(item)) continue;
      const name = keyName(item);
      if (name !== undefined) out.push([name, new SpecNode(item.value, this.doc, item.key)]);
    }
    return out;
  }

  /** The items of a sequence. */
  items(): SpecNode[] {
    const seq = asSeq(this.node, this.doc);
    return seq ? seq.items.map((item) => new SpecNode(item, this.doc)) : [];
  }

  /** `get(key)?.items()`, empty when absent. */
  list(key: string): SpecNode[] {
    return this.get(key)?.items() ?? [];
  }

  get string(): string | undefined {
    return stringValue(this.node, this.doc);
  }

  get number(): number | undefined {
    const n = deref(this.node, this.doc);
    return isScalar(n) && typeof n.value === 'number' ? n.value : undefined;
  }

  get boolean(): boolean | undefined {
    const n = deref(this.node, this.doc);
    return isScalar(n) && typeof n.value === 'boolean' ? n.value : undefined;
  }

  /** The scalar's value as written for strings, numbers and booleans. */
  get text(): string | undefined {
    const n = deref(this.node, this.doc);
    if (!isScalar(n)) return undefined;
    const v = n.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  }

  /** Strings of a sequence of scalars, with their nodes. */
  strings(): { value: string; node: SpecNode }[] {
    const out: { value: string; node: SpecNode }[] = [];
    for (const item of this.items()) {
      const value = item.string;
      if (value !== undefined) out.push({ value, node: item });
    }
    return out;
  }
}

export interface IstioSpec {
  readonly kind: string;
  readonly name?: string;
  readonly nameSpan?: Span;
  /** metadata.namespace as written. */
  readonly namespace?: string;
  readonly kindSpan: Span;
  readonly metadata?: SpecNode;
  readonly spec: SpecNode;
}

const SERVED = new Set([
  'networking.istio.io/v1',
  'networking.istio.io/v1beta1',
  'networking.istio.io/v1alpha3',
]);

/**
 * The `spec` of every document of the given networking.istio.io kind in the file, in a served
 * version. Documents with YAML errors are left out: what they hold is a guess, and the syntax
 * error is the finding that matters.
 */
export function istioSpecs(file: SourceFile, kind: string): readonly IstioSpec[] {
  let byKind = specsByFile.get(file);
  if (!byKind) {
    byKind = readIstioSpecs(file);
    specsByFile.set(file, byKind);
  }
  return byKind.get(kind) ?? [];
}

/**
 * Some twenty rules ask for the specs of a kind, and on a 2,000-document file each walk of every
 * document was a third of an edit's re-check: the specs of all kinds are read in one walk, once
 * per parse. A parse is never changed after it is made (the next one moves its trees, and the
 * old one is dropped), so the memo is keyed weakly by the SourceFile and goes with it.
 */
const specsByFile = new WeakMap<SourceFile, ReadonlyMap<string, IstioSpec[]>>();

function readIstioSpecs(file: SourceFile): ReadonlyMap<string, IstioSpec[]> {
  const byKind = new Map<string, IstioSpec[]>();
  for (const document of file.yaml.documents) {
    const { doc } = document;
    if (doc.errors.length > 0) continue;
    for (const resourceRoot of resourceRoots(document)) {
      const meta = readTypeMeta(resourceRoot, doc);
      if (!meta || !SERVED.has(meta.apiVersion.value)) continue;
      const root = resourceRoot.node;
      const specNode = getValue(root, 'spec');
      if (!isMap(deref(specNode, doc))) continue;
      const kind = meta.kind.value;
      const metadata = new SpecNode(getValue(root, 'metadata'), doc);
      const nameNode = metadata.get('name');
      const name = nameNode?.string;
      const namespace = metadata.get('namespace')?.string;
      const spec: IstioSpec = {
        kind,
        ...(name !== undefined ? { name, nameSpan: nameNode!.span } : {}),
        ...(namespace !== undefined ? { namespace } : {}),
        kindSpan: meta.kind.span,
        metadata,
        spec: new SpecNode(specNode, doc),
      };
      const list = byKind.get(kind);
      if (list) list.push(spec);
      else byKind.set(kind, [spec]);
    }
  }
  return byKind;
}

/** Whether a VirtualService applies to gateways only (Istio's isGateway: gateways set, `mesh` not among them). */
export function boundToGatewaysOnly(spec: SpecNode): boolean {
  const gateways =
    spec
      .get('gateways')
      ?.strings()
      .map((g) => g.value) ?? [];
  return gateways.length > 0 && !gateways.includes('mesh');
}

/** Every `destination` of a VirtualService spec: route entries of http, tcp and tls, mirrors. */
export function virtualServiceDestinations(spec: SpecNode): SpecNode[] {
  const out: SpecNode[] = [];
  for (const protocol of ['http', 'tcp', 'tls']) {
    for (const route of spec.list(protocol)) {
      for (const entry of route.list('route')) {
        const destination = entry.get('destination');
        if (destination?.isMap) out.push(destination);
      }
      if (protocol !== 'http') continue;
      const mirror = route.get('mirror');
      if (mirror?.isMap) out.push(mirror);
      for (const entry of route.list('mirrors')) {
        const destination = entry.get('destination');
        if (destination?.isMap) out.push(destination);
      }
    }
  }
  return out;
}

export type StringMatchType = 'exact' | 'prefix' | 'regex';

/** The one match type of a StringMatch (`{exact: …}`), with its value node; undefined when none is set. */
export function stringMatchOf(
  node: SpecNode | undefined,
): { type: StringMatchType; value: string; node: SpecNode } | undefined {
  if (!node?.isMap) return undefined;
  for (const type of ['exact', 'prefix', 'regex'] as const) {
    const child = node.get(type);
    const value = child?.string;
    if (child && value !== undefined) return { type, value, node: child };
  }
  return undefined;
}
