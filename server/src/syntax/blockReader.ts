// The scanner both fast readers share: fastYaml.ts (behind parseYaml, building `yaml`'s own
// nodes) and summaryYaml.ts (behind the workspace index, building light nodes). It reads the
// block-style subset Kubernetes manifests are written in (block maps and sequences, one-line
// plain and quoted scalars, one-line flow collections of scalars, comment lines) and decides,
// once for both, what is read, what is left to `yaml` (FALLBACK) and where each node's range
// starts and ends, as `yaml.parseAllDocuments` would. What it builds is a NodeBuilder's: the
// scalar resolution (the core schema's tests) and the node classes are the two readers' own.
// Nothing here imports `yaml`.

/** A node's range, as `yaml` gives it: [start, value end, node end (after comments)]. */
export type Range = [number, number, number];

/**
 * Thrown when the text leaves the subset (by the scanner, or by a builder whose scalar resolves
 * to something it cannot stand for). One preallocated error, so a fallback costs no stack
 * capture; readBlock catches it.
 */
export const FALLBACK = new Error('outside the fast reader subset');

interface Ranged {
  range?: Range | null;
}

/** What a reader builds: scalars S, maps M, sequences Q and the document D. */
export interface NodeBuilder<S extends Ranged, M extends Ranged, Q extends Ranged, D> {
  /** A plain scalar `source` at [start, end, end2], resolved by the core schema (a key's or a value's tags). */
  plain(source: string, start: number, end: number, end2: number, atKey: boolean): S;
  /** A one-line quoted scalar whose value (quotes removed, `''` unescaped) is `value`. */
  quoted(value: string, double: boolean, start: number, end: number, end2: number): S;
  /** An empty map (block, or a flow one with `flow`). */
  map(flow: boolean): M;
  seq(flow: boolean): Q;
  /** Whether `map` already has a key equal to `key` (`yaml` compares scalar values with ===). */
  hasKey(map: M, key: S): boolean;
  addPair(map: M, key: S, value: S | M | Q): void;
  addItem(seq: Q, item: S | M | Q): void;
  /** The segment's document: its contents, whether it opens with `---`, its range. */
  document(contents: M, docStart: boolean, range: Range): D;
}

/**
 * Whether a plain scalar starting with `c` may resolve to something other than a string: the
 * core schema's tests (null, bool, int, hex, octal, float, .inf/.nan) only match text starting
 * with one of `~ N n T t F f 0-9 + - .` (or nothing), and the merge key `<<` starts with `<`.
 * test/server/syntax/fastYaml.test.ts checks that the schema's tests are still those.
 */
export function mayNotBeString(c: number, atKey: boolean): boolean {
  return (
    Number.isNaN(c) ||
    (c >= 48 && c <= 57) ||
    c === 126 ||
    c === 78 ||
    c === 110 ||
    c === 84 ||
    c === 116 ||
    c === 70 ||
    c === 102 ||
    c === 43 ||
    c === 45 ||
    c === 46 ||
    (atKey && c === 60)
  );
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
 * Reads one `---` segment. Its rules (what is read, what falls back, where each range starts and
 * ends) are `yaml`'s for this subset: test/server/syntax/fastYaml.test.ts compares the nodes
 * with `yaml`'s, summaryYaml.test.ts the summaries with the full parse's.
 */
class Reader<S extends Ranged, M extends Ranged, Q extends Ranged, D> {
  private readonly len: number;
  /** Start of the line the reader looks at next. */
  private pos = 0;
  /** After peekLine: the indentation of the next content line (-1 at the end of the text). */
  private indent = -1;
  /** After peekLine: the comment lines before the next content line, [indent, end] pairs. */
  private readonly gap: number[] = [];
  /** How much of `gap` has been given to a node already. */
  private gapAt = 0;
  /** How many block collections are open. */
  private depth = 0;

  /** Reads `src` from `start` to `end` (a segment of a larger text: ranges are offsets in it). */
  constructor(
    private readonly src: string,
    start: number,
    end: number,
    private readonly nodes: NodeBuilder<S, M, Q, D>,
    private readonly maxDepth: number,
  ) {
    this.pos = start;
    this.len = end;
  }

  /** The next line break at or after `i` within the segment, or -1. */
  private lineBreak(i: number): number {
    const nl = this.src.indexOf('\n', i);
    return nl < this.len ? nl : -1;
  }

  /**
   * Skips blank and comment lines from `pos`; sets `indent` to the next content line's (or -1)
   * and `gap` to the comment lines skipped (their indentation and where each line ends).
   */
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

  /**
   * The comment lines right after a value that ends on its line, indented deeper than its
   * collection, belong to the value (the parser's `atIndentedComment`): its range reaches
   * past them.
   */
  private attachIndented(node: S | M | Q, collectionIndent: number): void {
    const gap = this.gap;
    let k = 0;
    while (k < gap.length && gap[k]! > collectionIndent) k += 2;
    if (k > 0) {
      node.range![2] = gap[k - 1]!;
      this.gapAt = k;
    }
  }

  /**
   * The collection at `indent` ends before the next content line: the comment lines left in
   * the gap stay in it (and its range reaches the next content) unless it is at column 0 or
   * they are all indented less than it (the parser's pop()); then they go to its parent.
   */
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

  /** Whether comment lines (not yet given to a node) sit before the next content line. */
  private get commented(): boolean {
    return this.gapAt < this.gap.length;
  }

  /**
   * The document: an optional `---` line, comment lines, then a block map at column 0. Undefined
   * for a segment of comment lines without a `---` line, which parseYaml.ts does not count as a
   * document (and whose ranges are left to `yaml`).
   */
  read(): D | undefined {
    const { src } = this;
    const segmentStart = this.pos;
    let docStart = false;
    if (src.startsWith('---', segmentStart)) {
      if (segmentStart + 3 >= this.len || src.charCodeAt(segmentStart + 3) !== NL) throw FALLBACK;
      docStart = true;
      this.pos = segmentStart + 4;
    }
    // Comment lines before the content (the license header, the resource's description).
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
    if (this.indent === -1 && !docStart) return undefined;
    if (this.indent !== 0) throw FALLBACK;
    const start = docStart ? segmentStart : this.pos;
    const contents = this.map(0, this.pos);
    if ((this.indent as number) !== -1) throw FALLBACK;
    // After an empty last value the final line break is not part of the document's range.
    const end = contents.range![2];
    if (end < this.len && src.charCodeAt(end - 1) !== NL) throw FALLBACK;
    return this.nodes.document(contents, docStart, [start, end, this.len]);
  }

  /** A block map whose first key starts at `at`, all keys at column `indent`. */
  private map(indent: number, at: number): M {
    if (++this.depth > this.maxDepth) throw FALLBACK;
    const { src, len, nodes } = this;
    const map = nodes.map(false);
    let keyAt = at;
    let end = at;
    for (;;) {
      // The key: a plain scalar up to `: ` or `:` at the line end.
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
      const key = nodes.plain(keySource, keyAt, colon, colon, true);
      // Duplicate keys: `yaml`'s mapIncludes with uniqueKeys compares scalar values with ===.
      if (nodes.hasKey(map, key)) throw FALLBACK;
      // The value.
      let p = colon + 1;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      const c = p < len ? src.charCodeAt(p) : NL;
      let value: S | M | Q;
      if (c === NL) {
        this.pos = p < len ? p + 1 : len;
        this.peekLine();
        const lineAt = this.pos + this.indent;
        if (this.indent > indent) {
          value = this.isDash(lineAt) ? this.seq(this.indent) : this.map(this.indent, lineAt);
        } else if (this.indent === indent && this.isDash(lineAt)) {
          value = this.seq(indent);
        } else {
          // Comment lines after an empty value go to its separator: left to `yaml`.
          if (this.commented) throw FALLBACK;
          value = nodes.plain('', p, p, p, false);
        }
      } else {
        value = this.inline(p, c);
        this.peekLine();
        this.attachIndented(value, indent);
      }
      nodes.addPair(map, key, value);
      end = value.range![2];
      // The next key, or the end of this map.
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

  /** A block sequence whose `-` indicators are at column `indent`; `pos` is at its first line. */
  private seq(indent: number): Q {
    if (++this.depth > this.maxDepth) throw FALLBACK;
    const { src, len } = this;
    const seq = this.nodes.seq(false);
    const start = this.pos + indent;
    let end = start;
    for (;;) {
      const lineStart = this.pos;
      const dash = lineStart + indent;
      let p = dash + 1;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      const c = p < len ? src.charCodeAt(p) : NL;
      let item: S | M | Q;
      if (c === NL) {
        this.pos = p < len ? p + 1 : len;
        this.peekLine();
        if (this.indent <= indent || this.commented) throw FALLBACK; // An empty item; comments.
        const lineAt = this.pos + this.indent;
        item = this.isDash(lineAt) ? this.seq(this.indent) : this.map(this.indent, lineAt);
      } else if (
        c === DASH &&
        (p + 1 >= len || src.charCodeAt(p + 1) === SPACE || src.charCodeAt(p + 1) === NL)
      ) {
        throw FALLBACK; // `- - x`
      } else if (!badPlainStart(c) && this.isKeyLine(p)) {
        item = this.map(p - lineStart, p);
      } else {
        item = this.inline(p, c);
        this.peekLine();
        this.attachIndented(item, indent);
      }
      this.nodes.addItem(seq, item);
      end = item.range![2];
      if (this.indent < indent) break;
      if (this.indent > indent) throw FALLBACK;
      if (!this.isDash(this.pos + indent)) break; // The parent map's next key, at this column.
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

  /** Whether the plain text at `p` is a `key:` (a compact map in a sequence item). */
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

  /** A value that starts on the current line at `p` (character `c`) and ends with it. */
  private inline(p: number, c: number): S | M | Q {
    const { src, len } = this;
    let node: S | M | Q;
    let after: number;
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quotedEnd(p, c);
      let value = src.slice(p + 1, close);
      if (c === SQUOTE && value.includes("''")) value = value.replace(/''/g, "'");
      node = this.nodes.quoted(value, c === DQUOTE, p, close + 1, close + 1);
      after = close + 1;
    } else if (c === LBRACKET || c === LBRACE) {
      const flow = this.flow(p, c);
      node = flow;
      after = flow.range![1];
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
          if (n === SPACE || n === NL) throw FALLBACK; // `a: b: c`
        }
        valueEnd = i + 1;
      }
      node = this.nodes.plain(src.slice(p, valueEnd), p, valueEnd, 0, false);
      after = valueEnd;
    }
    // What may follow on the line: spaces, a comment after a space, the line break.
    let i = after;
    while (i < len && src.charCodeAt(i) === SPACE) i++;
    if (i < len && src.charCodeAt(i) === HASH) {
      if (i === after) throw FALLBACK;
      const nl = this.lineBreak(i);
      i = nl < 0 ? len : nl;
    }
    if (i < len && src.charCodeAt(i) !== NL) throw FALLBACK;
    const end = i < len ? i + 1 : len;
    node.range![2] = end;
    this.pos = end;
    return node;
  }

  /** Offset of the closing quote of a one-line quoted scalar without escapes. */
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

  /**
   * A one-line flow collection of scalars: `[]`, `[a, "b", 'c']`, `{}`, `{app: web, tier: "1"}`
   * (items after `, `, keys plain, no spaces inside the brackets).
   */
  private flow(p: number, c: number): M | Q {
    const { src, len, nodes } = this;
    const isMap = c === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const map = isMap ? nodes.map(true) : undefined;
    const seq = isMap ? undefined : nodes.seq(true);
    let i = p + 1;
    if (src.charCodeAt(i) !== close) {
      for (;;) {
        if (map) {
          const key = this.flowScalar(i, close, true);
          if (nodes.hasKey(map, key)) throw FALLBACK;
          i = key.range![1];
          if (src.charCodeAt(i) !== COLON || src.charCodeAt(i + 1) !== SPACE) throw FALLBACK;
          const value = this.flowScalar(i + 2, close, false);
          nodes.addPair(map, key, value);
          i = value.range![1];
        } else {
          const item = this.flowScalar(i, close, false);
          nodes.addItem(seq!, item);
          i = item.range![1];
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

  /**
   * A scalar inside a one-line flow collection, at `i`: quoted, or plain up to `,`, `:` or
   * `close`. A key is plain.
   */
  private flowScalar(i: number, close: number, atKey: boolean): S {
    const { src, len } = this;
    const ch = i < len ? src.charCodeAt(i) : NL;
    if (ch === DQUOTE || ch === SQUOTE) {
      if (atKey) throw FALLBACK;
      const end = this.quotedEnd(i, ch);
      let value = src.slice(i + 1, end);
      if (ch === SQUOTE && value.includes("''")) value = value.replace(/''/g, "'");
      return this.nodes.quoted(value, ch === DQUOTE, i, end + 1, end + 1);
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
    return this.nodes.plain(source, i, j, j, atKey);
  }
}

/**
 * The document of the `---` segment `text.slice(start, end)` (ranges are offsets in `text`) as
 * `nodes` builds it: null for a segment of comment lines only (no document), undefined when the
 * segment leaves the subset (or nests block collections deeper than `maxDepth`).
 */
export function readBlock<S extends Ranged, M extends Ranged, Q extends Ranged, D>(
  text: string,
  start: number,
  end: number,
  nodes: NodeBuilder<S, M, Q, D>,
  maxDepth: number,
): D | null | undefined {
  try {
    return new Reader(text, start, end, nodes, maxDepth).read() ?? null;
  } catch (error) {
    if (error === FALLBACK) return undefined;
    throw error;
  }
}
