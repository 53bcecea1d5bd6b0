// The reader behind the workspace index's summaries (indexing/summarizeText.ts): files that are
// only indexed, not open, need their resource views and nothing else, so no `yaml` node is built
// for them. This reader reads the block-style subset that fastYaml.ts reads, by the same rules
// (same ranges, same scalar resolution through the core schema, same fallbacks), into light
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
import { mayNotBeString } from './blockReader';
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

type Range = [number, number, number];

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

for (const [cls, type] of [
  [LightScalar, 'yaml.scalar'],
  [LightPair, 'yaml.pair'],
  [LightMap, 'yaml.map'],
  [LightSeq, 'yaml.seq'],
] as const)
  Object.defineProperty(cls.prototype, NODE_TYPE, { value: Symbol.for(type) });

/** Thrown (never escapes this module) when the text leaves the subset. */
const FALLBACK = new Error('outside the summary reader subset');

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

const NL = 10;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const COMMA = 44;

/** Characters a plain scalar may not start with (besides the `-`, `?`, `:` special cases). */
function badPlainStart(c: number): boolean {
  // ! " # % & ' * , > @ [ ] ` { | } ?  :
  return (
    c === 33 ||
    c === 34 ||
    c === 35 ||
    c === 37 ||
    c === 38 ||
    c === 39 ||
    c === 42 ||
    c === 44 ||
    c === 62 ||
    c === 63 ||
    c === 58 ||
    c === 64 ||
    c === 91 ||
    c === 93 ||
    c === 96 ||
    c === 123 ||
    c === 124 ||
    c === 125 ||
    c === SPACE ||
    c === NL
  );
}

/**
 * fastYaml.ts's Reader, building light nodes. Its rules (what is read, what falls back, where
 * each range starts and ends) must stay fastYaml's: the differential test compares the resource
 * views both give.
 */
class Reader {
  private readonly len: number;
  private pos = 0;
  private indent = -1;
  private readonly gap: number[] = [];
  private gapAt = 0;
  private depth = 0;

  constructor(
    private readonly src: string,
    start: number,
    end: number,
  ) {
    this.pos = start;
    this.len = end;
  }

  private lineBreak(i: number): number {
    const nl = this.src.indexOf('\n', i);
    return nl < this.len ? nl : -1;
  }

  private peekLine(): void {
    const { src, len } = this;
    let p = this.pos;
    this.gap.length = 0;
    this.gapAt = 0;
    for (;;) {
      let i = p;
      while (i < len && src.charCodeAt(i) === SPACE) i++;
      if (i >= len) {
        this.pos = len;
        this.indent = -1;
        return;
      }
      const c = src.charCodeAt(i);
      if (c === NL) {
        p = i + 1;
        continue;
      }
      if (c === HASH) {
        const nl = this.lineBreak(i);
        if (nl < 0) throw FALLBACK;
        this.gap.push(i - p, nl + 1);
        p = nl + 1;
        continue;
      }
      this.pos = p;
      this.indent = i - p;
      return;
    }
  }

  private attachIndented(node: LightNode, collectionIndent: number): void {
    const gap = this.gap;
    let k = 0;
    while (k < gap.length && gap[k]! > collectionIndent) k += 2;
    if (k > 0) {
      node.range[2] = gap[k - 1]!;
      this.gapAt = k;
    }
  }

  private closing(range: Range, indent: number): void {
    if (indent === 0) return;
    const gap = this.gap;
    for (let k = this.gapAt; k < gap.length; k += 2) {
      if (gap[k]! >= indent) {
        range[2] = this.indent < 0 ? this.len : this.pos + this.indent;
        this.gapAt = gap.length;
        return;
      }
    }
  }

  private get commented(): boolean {
    return this.gapAt < this.gap.length;
  }

  /**
   * The segment's document (a block map at column 0), or undefined for a segment of comment
   * lines without a `---` line, which parseYaml.ts does not count as a document.
   */
  read(): { contents: LightMap; range: Range } | undefined {
    const { src } = this;
    const segmentStart = this.pos;
    let docStart = false;
    if (src.startsWith('---', segmentStart)) {
      if (segmentStart + 3 >= this.len || src.charCodeAt(segmentStart + 3) !== NL) throw FALLBACK;
      docStart = true;
      this.pos = segmentStart + 4;
    }
    for (;;) {
      const p = this.pos;
      let i = p;
      while (i < this.len && src.charCodeAt(i) === SPACE) i++;
      if (i < this.len && src.charCodeAt(i) === HASH) {
        const nl = this.lineBreak(i);
        if (nl < 0) throw FALLBACK;
        this.pos = nl + 1;
        continue;
      }
      if (i < this.len && src.charCodeAt(i) === NL) {
        this.pos = i + 1;
        continue;
      }
      break;
    }
    this.peekLine();
    // Comment lines only (as `yaml` reads them: ranges of empty documents are left to it).
    if (this.indent === -1 && !docStart) return undefined;
    if (this.indent !== 0) throw FALLBACK;
    const start = docStart ? segmentStart : this.pos;
    const contents = this.map(0, this.pos);
    if ((this.indent as number) !== -1) throw FALLBACK;
    const end = contents.range[2];
    if (end < this.len && src.charCodeAt(end - 1) !== NL) throw FALLBACK;
    return { contents, range: [start, end, this.len] };
  }

  private map(indent: number, at: number): LightMap {
    if (++this.depth > MAX_DEPTH) throw FALLBACK;
    const { src, len } = this;
    const map = new LightMap();
    let keyAt = at;
    let end = at;
    for (;;) {
      const c0 = src.charCodeAt(keyAt);
      if (badPlainStart(c0) || (c0 === DASH && (keyAt + 1 >= len || src.charCodeAt(keyAt + 1) === SPACE)))
        throw FALLBACK;
      let i = keyAt;
      let colon = -1;
      for (; i < len; i++) {
        const c = src.charCodeAt(i);
        if (c === COLON) {
          const n = i + 1 < len ? src.charCodeAt(i + 1) : NL;
          if (n === SPACE || n === NL) {
            colon = i;
            break;
          }
        } else if (
          c === NL ||
          c === HASH ||
          c === DQUOTE ||
          c === SQUOTE ||
          c === LBRACKET ||
          c === RBRACKET ||
          c === LBRACE ||
          c === RBRACE ||
          c === COMMA
        ) {
          throw FALLBACK;
        }
      }
      if (colon < 0 || src.charCodeAt(colon - 1) === SPACE) throw FALLBACK;
      const keySource = src.slice(keyAt, colon);
      if (keySource === '<<') throw FALLBACK;
      const key = new LightScalar(resolvePlain(keySource, true), [keyAt, colon, colon]);
      const keyValue = key.value;
      for (const item of map.items) if (item.key.value === keyValue) throw FALLBACK;
      let p = colon + 1;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      const c = p < len ? src.charCodeAt(p) : NL;
      let value: LightNode;
      if (c === NL) {
        this.pos = p < len ? p + 1 : len;
        this.peekLine();
        const lineAt = this.pos + this.indent;
        if (this.indent > indent) {
          value = this.isDash(lineAt) ? this.seq(this.indent) : this.map(this.indent, lineAt);
        } else if (this.indent === indent && this.isDash(lineAt)) {
          value = this.seq(indent);
        } else {
          if (this.commented) throw FALLBACK;
          value = new LightScalar(resolvePlain('', false), [p, p, p]);
        }
      } else {
        value = this.inline(p, c);
        this.peekLine();
        this.attachIndented(value, indent);
      }
      map.items.push(new LightPair(key, value));
      end = value.range[2];
      if (this.indent < indent) break;
      if (this.indent > indent) throw FALLBACK;
      this.gapAt = this.gap.length;
      keyAt = this.pos + indent;
    }
    const range: Range = [at, end, end];
    this.closing(range, indent);
    map.range = range;
    this.depth--;
    return map;
  }

  private seq(indent: number): LightSeq {
    if (++this.depth > MAX_DEPTH) throw FALLBACK;
    const { src, len } = this;
    const seq = new LightSeq();
    const start = this.pos + indent;
    let end = start;
    for (;;) {
      const lineStart = this.pos;
      const dash = lineStart + indent;
      let p = dash + 1;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      const c = p < len ? src.charCodeAt(p) : NL;
      let item: LightNode;
      if (c === NL) {
        this.pos = p < len ? p + 1 : len;
        this.peekLine();
        if (this.indent <= indent || this.commented) throw FALLBACK;
        const lineAt = this.pos + this.indent;
        item = this.isDash(lineAt) ? this.seq(this.indent) : this.map(this.indent, lineAt);
      } else if (
        c === DASH &&
        (p + 1 >= len || src.charCodeAt(p + 1) === SPACE || src.charCodeAt(p + 1) === NL)
      ) {
        throw FALLBACK;
      } else if (!badPlainStart(c) && this.isKeyLine(p)) {
        item = this.map(p - lineStart, p);
      } else {
        item = this.inline(p, c);
        this.peekLine();
        this.attachIndented(item, indent);
      }
      seq.items.push(item);
      end = item.range[2];
      if (this.indent < indent) break;
      if (this.indent > indent) throw FALLBACK;
      if (!this.isDash(this.pos + indent)) break;
      this.gapAt = this.gap.length;
    }
    const range: Range = [start, end, end];
    this.closing(range, indent);
    seq.range = range;
    this.depth--;
    return seq;
  }

  private isDash(at: number): boolean {
    if (this.src.charCodeAt(at) !== DASH) return false;
    const n = at + 1 < this.len ? this.src.charCodeAt(at + 1) : NL;
    return n === SPACE || n === NL;
  }

  private isKeyLine(p: number): boolean {
    const { src, len } = this;
    for (let i = p; i < len; i++) {
      const c = src.charCodeAt(i);
      if (c === NL) return false;
      if (c === HASH && src.charCodeAt(i - 1) === SPACE) return false;
      if (c === COLON) {
        const n = i + 1 < len ? src.charCodeAt(i + 1) : NL;
        if (n === SPACE || n === NL) return true;
      }
    }
    return false;
  }

  private inline(p: number, c: number): LightNode {
    const { src, len } = this;
    let node: LightNode;
    let after: number;
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quotedEnd(p, c);
      let value = src.slice(p + 1, close);
      if (c === SQUOTE && value.includes("''")) value = value.replace(/''/g, "'");
      node = new LightScalar(value, [p, close + 1, close + 1]);
      after = close + 1;
    } else if (c === LBRACKET || c === LBRACE) {
      node = this.flow(p, c);
      after = node.range[1];
    } else {
      if (badPlainStart(c) || (c === DASH && (p + 1 >= len || src.charCodeAt(p + 1) === SPACE)))
        throw FALLBACK;
      let i = p;
      let valueEnd = p;
      for (; i < len; i++) {
        const ch = src.charCodeAt(i);
        if (ch === NL) break;
        if (ch === SPACE) {
          if (i + 1 < len && src.charCodeAt(i + 1) === HASH) break;
          continue;
        }
        if (ch === COLON) {
          const n = i + 1 < len ? src.charCodeAt(i + 1) : NL;
          if (n === SPACE || n === NL) throw FALLBACK;
        }
        valueEnd = i + 1;
      }
      node = new LightScalar(resolvePlain(src.slice(p, valueEnd), false), [p, valueEnd, 0]);
      after = valueEnd;
    }
    let i = after;
    while (i < len && src.charCodeAt(i) === SPACE) i++;
    if (i < len && src.charCodeAt(i) === HASH) {
      if (i === after) throw FALLBACK;
      const nl = this.lineBreak(i);
      i = nl < 0 ? len : nl;
    }
    if (i < len && src.charCodeAt(i) !== NL) throw FALLBACK;
    const end = i < len ? i + 1 : len;
    node.range[2] = end;
    this.pos = end;
    return node;
  }

  private quotedEnd(p: number, quote: number): number {
    const { src, len } = this;
    for (let i = p + 1; i < len; i++) {
      const c = src.charCodeAt(i);
      if (c === quote) {
        if (quote === SQUOTE && i + 1 < len && src.charCodeAt(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        return i;
      }
      if (c === NL || (c === 92 /* \ */ && quote === DQUOTE)) throw FALLBACK;
    }
    throw FALLBACK;
  }

  private flow(p: number, c: number): LightMap | LightSeq {
    const { src, len } = this;
    const isMap = c === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const map = isMap ? new LightMap() : undefined;
    const seq = isMap ? undefined : new LightSeq();
    let i = p + 1;
    if (src.charCodeAt(i) !== close) {
      for (;;) {
        if (map) {
          const key = this.flowScalar(i, close, true);
          if (!key.plain) throw FALLBACK;
          for (const item of map.items) if (item.key.value === key.node.value) throw FALLBACK;
          i = key.node.range[1];
          if (src.charCodeAt(i) !== COLON || src.charCodeAt(i + 1) !== SPACE) throw FALLBACK;
          const value = this.flowScalar(i + 2, close, false).node;
          map.items.push(new LightPair(key.node, value));
          i = value.range[1];
        } else {
          const item = this.flowScalar(i, close, false).node;
          seq!.items.push(item);
          i = item.range[1];
        }
        const d = i < len ? src.charCodeAt(i) : NL;
        if (d === close) break;
        if (d !== COMMA || src.charCodeAt(i + 1) !== SPACE) throw FALLBACK;
        i += 2;
      }
    }
    const coll = map ?? seq!;
    coll.range = [p, i + 1, i + 1];
    return coll;
  }

  private flowScalar(i: number, close: number, atKey: boolean): { node: LightScalar; plain: boolean } {
    const { src, len } = this;
    const ch = i < len ? src.charCodeAt(i) : NL;
    if (ch === DQUOTE || ch === SQUOTE) {
      const end = this.quotedEnd(i, ch);
      let value = src.slice(i + 1, end);
      if (ch === SQUOTE && value.includes("''")) value = value.replace(/''/g, "'");
      return { node: new LightScalar(value, [i, end + 1, end + 1]), plain: false };
    }
    if (badPlainStart(ch) || ch === DASH) throw FALLBACK;
    let j = i;
    for (; j < len; j++) {
      const d = src.charCodeAt(j);
      if (d === COMMA || d === close || (atKey && d === COLON)) break;
      if (
        d === NL ||
        d === SPACE ||
        d === COLON ||
        d === HASH ||
        d === LBRACKET ||
        d === RBRACKET ||
        d === LBRACE ||
        d === RBRACE ||
        d === DQUOTE ||
        d === SQUOTE
      )
        throw FALLBACK;
    }
    const source = src.slice(i, j);
    if (atKey && source === '<<') throw FALLBACK;
    return { node: new LightScalar(resolvePlain(source, atKey), [i, j, j]), plain: true };
  }
}

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
function readLight(text: string, start: number, end: number): ReturnType<Reader['read']> | null {
  if (outsideCharacters(text, start, end)) return undefined;
  try {
    return new Reader(text, start, end).read() ?? null;
  } catch (error) {
    if (error === FALLBACK || error instanceof RangeError) return undefined;
    throw error;
  }
}
