// The reader behind the workspace index's summaries (indexing/summarizeText.ts): files that are
// only indexed, not open, need their resource views and nothing else, so no `yaml` node is built
// for them. It is blockReader.ts's scanner, the one fastYaml.ts uses (same subset, ranges and
// fallbacks; scalars resolved through the same core schema tags), with a builder of light
// nodes: plain classes that carry what the resource readers (model/readResources.ts, through
// yamlAst.ts) look at: `items`, `key`, `value`, `range`, the `yaml` node-type marker that
// yamlAst's guards test (`isMap`, `isScalar`…), and `toJS`. Building them costs a fraction of
// `yaml`'s nodes, whose constructors define their type and schema per object.
//
// A `---` segment outside the subset is parsed as parseYaml.ts parses it (real `yaml` nodes, which
// the resource readers take as well); a file parseYaml.ts would refuse is left to it. test/server/syntax/summaryYaml.test.ts proves
// the summaries equal the full parse's on every fixture, scenario, bench input and fuzz mutation.
// Only resource reading may see these nodes: they do not edit, stringify or carry comments.
import { Document, Scalar } from 'yaml';
import { FALLBACK, mayNotBeString, readBlock, type NodeBuilder, type Range } from './blockReader';
import { PARSE_OPTIONS } from './fastYaml';
import {
  isDocument,
  maxNestingDepth,
  parseSegment,
  splitSegments,
  type ParseLimits,
  type YamlDocument,
  type YamlFile,
} from './parseYaml';

/** `yaml`'s node-type marker (identity.js): the guards test `node[NODE_TYPE] === MAP` etc. */
const NODE_TYPE = Symbol.for('yaml.node.type');

/** A plain scalar's value: what the core schema resolves (never an object, see resolvePlain). */
type ScalarValue = string | number | boolean | null;

/** What `toJS` builds for a map, as `yaml`'s addPairToJSMap does for a plain-object map. */
function addToObject(out: Record<string, unknown>, key: ScalarValue, value: unknown): void {
  const name = key === null ? '' : String(key);
  if (name in out)
    Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
  else out[name] = value;
}

class LightScalar {
  constructor(
    public value: ScalarValue,
    public range: Range,
  ) {}
  toJS(): unknown {
    return this.value;
  }
}

class LightPair {
  constructor(
    public key: LightScalar,
    public value: LightNode,
  ) {}
}

class LightMap {
  items: LightPair[] = [];
  range: Range = [0, 0, 0];
  toJS(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const { key, value } of this.items) addToObject(out, key.value, value.toJS());
    return out;
  }
}

class LightSeq {
  items: LightNode[] = [];
  range: Range = [0, 0, 0];
  toJS(): unknown[] {
    return this.items.map((item) => item.toJS());
  }
}

type LightNode = LightScalar | LightMap | LightSeq;

interface LightDocument {
  contents: LightMap;
  range: Range;
}

for (const [cls, type] of [
  [LightScalar, 'yaml.scalar'],
  [LightPair, 'yaml.pair'],
  [LightMap, 'yaml.map'],
  [LightSeq, 'yaml.seq'],
] as const)
  Object.defineProperty(cls.prototype, NODE_TYPE, { value: Symbol.for(type) });

/** Block nesting beyond this is left to parseYaml.ts (which refuses absurd nesting). */
const MAX_DEPTH = 100;

interface ScalarTag {
  readonly default?: boolean | 'key';
  readonly test?: RegExp;
  readonly tag: string;
  resolve(value: string, onError: (message: string) => void, options: unknown): unknown;
}

let schema: { options: unknown; tags: readonly ScalarTag[]; keyTags: readonly ScalarTag[] } | undefined;

/** The core schema's scalar tags, walked in the composer's order (as fastYaml.ts does). */
function schemaTags(): NonNullable<typeof schema> {
  if (schema) return schema;
  const doc = new Document(undefined, PARSE_OPTIONS);
  const tags = (doc.schema as unknown as { tags: ScalarTag[] }).tags;
  schema = {
    options: doc.options,
    tags: tags.filter((t) => t.default === true && t.test),
    keyTags: tags.filter((t) => (t.default === true || t.default === 'key') && t.test),
  };
  return schema;
}

const failOnError = (): never => {
  throw FALLBACK;
};

/** Plain scalars that may not be strings, resolved once per spelling (values and keys apart). */
const valueCache = new Map<string, ScalarValue>();
const keyCache = new Map<string, ScalarValue>();
const CACHE_LIMIT = 20_000;

function resolvePlain(source: string, atKey: boolean): ScalarValue {
  if (!mayNotBeString(source.charCodeAt(0), atKey)) return source;
  const cache = atKey ? keyCache : valueCache;
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const s = schemaTags();
  const tag = (atKey ? s.keyTags : s.tags).find((t) => t.test!.test(source));
  let value: unknown = source;
  if (tag) {
    const res = tag.resolve(source, failOnError, s.options);
    value = res instanceof Scalar ? res.value : res;
  }
  // Values that only `yaml`'s own nodes can stand for (a merge key's symbol) are left to it.
  if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    throw FALLBACK;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, value);
  return value;
}

/** blockReader.ts's scanner, building light nodes. */
const lightNodes: NodeBuilder<LightScalar, LightMap, LightSeq, LightDocument> = {
  plain: (source, start, end, end2, atKey) =>
    new LightScalar(resolvePlain(source, atKey), [start, end, end2]),
  quoted: (value, _double, start, end, end2) => new LightScalar(value, [start, end, end2]),
  map: () => new LightMap(),
  seq: () => new LightSeq(),
  hasKey: (map, key) => {
    const value = key.value;
    for (const item of map.items) if (item.key.value === value) return true;
    return false;
  },
  addPair: (map, key, value) => {
    map.items.push(new LightPair(key, value));
  },
  addItem: (seq, item) => {
    seq.items.push(item);
  },
  document: (contents, _docStart, range) => ({ contents, range }),
};

/**
 * Tabs, carriage returns, byte order marks, NUL: left to `yaml`. A function of its own, so that
 * V8's on-stack replacement of this loop (on the first file a worker reads) does not optimise
 * the rest of the reader before it has run.
 */
function outsideCharacters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 9 || c === 13 || c === 0xfeff) return true;
  }
  return false;
}

/** What parseYaml.ts refuses as binary: a NUL character near the start. */
function looksBinary(text: string): boolean {
  const nul = text.indexOf('\0');
  return nul >= 0 && nul < 8192;
}

/**
 * The documents of `text` as parseYaml.ts numbers and delimits them: the `---` segments in the
 * subset as light nodes, the others parsed as parseYaml.ts parses them (fastYaml.ts or `yaml`).
 * Undefined when parseYaml.ts would not analyse the file (too large, binary, nested too deeply,
 * or a parser failure): the caller then parses it with parseYaml, which says why.
 */
export function readSummaryYaml(text: string, limits: ParseLimits): YamlFile | undefined {
  if (text.length > limits.maxFileSize || looksBinary(text)) return undefined;
  const documents: YamlDocument[] = [];
  try {
    for (const segment of splitSegments(text)) {
      const source = text.slice(segment.start, segment.end);
      if (maxNestingDepth(source, limits.maxNesting) > limits.maxNesting) return undefined;
      const light = readLight(text, segment.start, segment.end);
      if (light === undefined) {
        // Outside the subset: this segment's documents are `yaml`'s, as in any parse.
        const parsed = parseSegment(text, segment, source, limits);
        if (!parsed) return undefined;
        for (const doc of parsed.docs)
          if (isDocument(doc, source))
            documents.push({
              index: documents.length,
              doc,
              span: { start: doc.range[0], end: doc.range[2] },
            });
      } else if (light !== null) {
        const doc = { contents: light.contents, range: light.range, errors: [], warnings: [] };
        documents.push({
          index: documents.length,
          doc: doc as unknown as YamlDocument['doc'],
          span: { start: light.range[0], end: light.range[2] },
        });
      }
    }
  } catch {
    // parseYaml.ts reports a parser failure for the whole file: it is left to it.
    return undefined;
  }
  return { text, documents, problems: [], skipped: false, segments: [] };
}

/** A segment by the light reader: its document, null when it holds none, undefined when outside the subset. */
function readLight(text: string, start: number, end: number): LightDocument | null | undefined {
  if (outsideCharacters(text, start, end)) return undefined;
  try {
    return readBlock(text, start, end, lightNodes, MAX_DEPTH);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
