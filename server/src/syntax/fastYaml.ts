// A fast reader for the block-style YAML that Kubernetes manifests are written in. It builds the
// very node objects `yaml.parseAllDocuments` builds (Document, YAMLMap, YAMLSeq, Pair, Scalar,
// with the same ranges, values, types, formats and flow flags), in one pass over the text and
// without the `yaml` package's lexer, CST and composer, which were ~80% of the parse profile.
// The scanning (the subset, the ranges, the fallbacks) is blockReader.ts's, shared with
// summaryYaml.ts; this module is its builder of `yaml` nodes and the core schema's resolution.
// On anything outside the subset it knows it returns undefined and parseYaml.ts hands the
// segment to `yaml` instead: anchors, aliases, tags, directives, `<<` merge keys, block scalars,
// multi-line or escaped scalars, quoted or complex keys, tabs, CR line ends, comment lines after
// the first content line, duplicate keys, empty sequence items, any odd indentation, anything
// `yaml` would report as an error or warning. test/server/fastYaml.test.ts compares both readers
// node by node on every fixture, the bench inputs and seeded fuzz mutations.
//
// Deliberately not reproduced (no reader outside this folder uses them; the
// "fast YAML reader: what is not reproduced" test fails if one starts to): the comment
// properties `comment` / `commentBefore` and the blank-line flag `spaceBefore` of nodes and
// documents. They only feed `yaml`'s own `toString()`, which nothing calls on a parsed file.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { FALLBACK, mayNotBeString, readBlock, type NodeBuilder, type Range } from './blockReader';

/** The options every segment is parsed with, by either reader. */
export const PARSE_OPTIONS = {
  prettyErrors: false,
  keepSourceTokens: false,
  uniqueKeys: true,
  strict: false,
  // `<<: *anchor` merge keys, which kubectl honours (YAML 1.1): the key is read as a merge,
  // never as a field named `<<`; yamlAst.ts's lookups see the merged fields.
  merge: true,
} as const;

interface ScalarTag {
  readonly default?: boolean | 'key';
  readonly test?: RegExp;
  readonly format?: string;
  readonly tag: string;
  resolve(value: string, onError: (message: string) => void, options: unknown): unknown;
}

type Directives = Document.Parsed['directives'];
type DirectivesClass = new (init: { version: '1.2' }) => Directives;

let shared:
  | { Directives: DirectivesClass; str: ScalarTag; tags: readonly ScalarTag[]; keyTags: readonly ScalarTag[] }
  | undefined;

/** The core schema's scalar tags, as the composer's `findScalarTagByTest` walks them. */
function schemaTags(doc: Document.Parsed): NonNullable<typeof shared> {
  if (shared) return shared;
  const tags = (doc.schema as unknown as { tags: ScalarTag[] }).tags;
  const str = tags.find((t) => t.tag === 'tag:yaml.org,2002:str' && !('collection' in t && t.collection));
  if (!str) throw new Error('yaml: no str tag in the core schema');
  shared = {
    Directives: doc.directives.constructor as DirectivesClass,
    str,
    tags: tags.filter((t) => t.default === true && t.test),
    keyTags: tags.filter((t) => (t.default === true || t.default === 'key') && t.test),
  };
  return shared;
}

/**
 * Which tag resolves a plain scalar, by its text (values and keys apart: `<<` is a merge only as
 * a key). Shared by every parse; cleared when it grows past what a workspace's repeated values
 * (kinds, API versions, field names, enum values) need.
 */
const tagCache = new Map<string, ScalarTag>();
const keyTagCache = new Map<string, ScalarTag>();
const TAG_CACHE_LIMIT = 20_000;

const failOnError = (): never => {
  throw FALLBACK;
};

/** blockReader.ts's scanner, building the nodes `yaml`'s composer builds for the segment's document. */
class YamlNodes implements NodeBuilder<Scalar, YAMLMap, YAMLSeq, Document.Parsed> {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly tags: NonNullable<typeof shared>,
  ) {}

  quoted(value: string, double: boolean, start: number, end: number, end2: number): Scalar {
    const node = new Scalar(this.tags.str.resolve(value, failOnError, this.doc.options));
    node.range = [start, end, end2];
    node.source = value;
    node.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return node;
  }

  /** A plain scalar resolved as the composer does (`findScalarTagByTest`, core schema). */
  plain(source: string, start: number, end: number, end2: number, atKey: boolean): Scalar {
    const cache = atKey ? keyTagCache : tagCache;
    let tag = mayNotBeString(source.charCodeAt(0), atKey) ? cache.get(source) : this.tags.str;
    if (!tag) {
      tag = (atKey ? this.tags.keyTags : this.tags.tags).find((t) => t.test!.test(source)) ?? this.tags.str;
      if (cache.size >= TAG_CACHE_LIMIT) cache.clear();
      cache.set(source, tag);
    }
    const res = tag.resolve(source, failOnError, this.doc.options);
    const node = res instanceof Scalar ? res : new Scalar(res);
    node.range = [start, end, end2];
    node.source = source;
    node.type = 'PLAIN';
    if (tag.format) node.format = tag.format;
    return node;
  }

  map(flow: boolean): YAMLMap {
    const map = new YAMLMap(this.doc.schema);
    if (flow) map.flow = true;
    return map;
  }

  seq(flow: boolean): YAMLSeq {
    const seq = new YAMLSeq(this.doc.schema);
    if (flow) seq.flow = true;
    return seq;
  }

  hasKey(map: YAMLMap, key: Scalar): boolean {
    const value = key.value;
    for (const item of map.items) if ((item.key as Scalar).value === value) return true;
    return false;
  }

  addPair(map: YAMLMap, key: Scalar, value: Scalar | YAMLMap | YAMLSeq): void {
    map.items.push(new Pair(key, value));
  }

  addItem(seq: YAMLSeq, item: Scalar | YAMLMap | YAMLSeq): void {
    seq.items.push(item);
  }

  document(contents: YAMLMap, docStart: boolean, range: Range): Document.Parsed {
    const doc = this.doc;
    if (docStart) doc.directives.docStart = true;
    doc.contents = contents as never;
    doc.range = range;
    return doc;
  }
}

/**
 * The documents of the `---` segment `text.slice(start, end)`, exactly as
 * `parseAllDocuments(segment, PARSE_OPTIONS)` returns them with their ranges shifted by `start`
 * (offsets in `text`), or undefined when the segment leaves the subset this reader knows.
 */
export function readSegmentFast(text: string, start = 0, end = text.length): Document.Parsed[] | undefined {
  // Tabs, carriage returns, byte order marks: indentation and line-break rules left to `yaml`.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 13 || c === 0xfeff) return undefined;
  }
  const probe = shared ?? schemaTags(new Document(undefined, PARSE_OPTIONS) as Document.Parsed);
  const doc = new Document(undefined, {
    _directives: new probe.Directives({ version: '1.2' }),
    ...PARSE_OPTIONS,
  }) as Document.Parsed;
  const read = readBlock(text, start, end, new YamlNodes(doc, probe), Infinity);
  return read ? [read] : undefined;
}
