// Works out what is being typed at the cursor from the text's indentation, not from the syntax
// tree: while a key is half-typed the YAML is usually broken, and indentation is what a person
// reads anyway. Returns the path of the mapping the cursor is in, the keys already there, and
// whether a key or a value is being typed.
import type { PathSegment } from '../../syntax/yamlAst';
import { lineStartAt } from '../../text/lines';

export interface CursorContext {
  readonly mode: 'key' | 'value';
  /**
   * For 'key': the path of the mapping that receives the key. For 'value': the path of the
   * field whose value is being typed (list items of scalar lists end with their index).
   */
  readonly path: readonly PathSegment[];
  /** Keys already present in the mapping (for 'key'). */
  readonly siblings: ReadonlySet<string>;
  /** The word being typed and where it starts, so completions replace it. */
  readonly prefix: string;
  readonly replaceStart: number;
  /** True when the cursor is right after a `- ` (a new list item). */
  readonly afterDash: boolean;
  /** Offset where the YAML document holding the cursor starts. */
  readonly documentStart: number;
}

interface Frame {
  readonly kind: 'map' | 'seq';
  readonly col: number;
  readonly path: readonly PathSegment[];
  lastKey?: string;
  count: number;
  readonly keys: Set<string>;
}

/**
 * Deeper than this, completion gives up: each frame copies its parent's path, so a hostile line
 * of 100,000 `- ` would otherwise cost quadratic time and memory (gigabytes) per request.
 */
const MAX_DEPTH = 500;

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\-?:][^#]*?|-[^\s#][^#]*?)\s*:(?=\s|$)/;

export function cursorContext(text: string, offset: number): CursorContext | undefined {
  const lineStart = lineStartAt(text, offset);
  const before = text.slice(lineStart, offset);
  if (before.includes('#') && /\s#|^#/.test(before)) return undefined; // in a comment
  const documentStart = findDocumentStart(text, lineStart);
  const stack: Frame[] = [{ kind: 'map', col: -1, path: [], count: 0, keys: new Set() }];
  let position = documentStart;
  while (position < lineStart) {
    const end = text.indexOf('\n', position);
    const lineEnd = end === -1 || end > lineStart ? lineStart : end;
    if (!processLine(stack, text.slice(position, lineEnd))) return undefined;
    position = lineEnd + 1;
  }
  // The cursor line: dashes, then either `key: value-prefix` or a bare word.
  const { dashes, rest, restCol } = splitDashes(before);
  if (stack.length + dashes.length > MAX_DEPTH) return undefined;
  for (const col of dashes) dash(stack, col);
  const keyMatch = KEY.exec(rest);
  if (keyMatch) {
    const key = unquote(keyMatch[1]!.trim());
    const frame = keyFrame(stack, restCol);
    frame.lastKey = key;
    const valueText = rest.slice(keyMatch[0].length);
    const prefix = /\S*$/.exec(valueText)?.[0] ?? '';
    if (/[[{]/.test(valueText)) return undefined; // flow collections are not completed.
    return {
      mode: 'value',
      path: [...frame.path, key],
      siblings: new Set(),
      prefix: stripQuotes(prefix),
      replaceStart: offset - prefix.length,
      afterDash: false,
      documentStart,
    };
  }
  if (!/^[\w./-]*$/.test(rest)) return undefined;
  const prefix = rest;
  const col = restCol;
  pop(stack, col, false);
  const top = stack[stack.length - 1]!;
  let path: readonly PathSegment[];
  let siblings: Set<string>;
  if (top.kind === 'map' && top.col === col) {
    path = top.path;
    siblings = new Set(top.keys);
  } else if (top.kind === 'seq') {
    path = [...top.path, Math.max(0, top.count - 1)];
    siblings = new Set();
  } else {
    path = top.lastKey !== undefined ? [...top.path, top.lastKey] : top.path;
    siblings = new Set();
  }
  for (const key of keysBelow(text, offset, col, dashes.length > 0)) siblings.add(key);
  return {
    mode: 'key',
    path,
    siblings,
    prefix,
    replaceStart: offset - prefix.length,
    afterDash: dashes.length > 0,
    documentStart,
  };
}

/** Updates the stack with one line; false when the nesting is beyond MAX_DEPTH. */
function processLine(stack: Frame[], line: string): boolean {
  const trimmed = line.trimStart();
  if (trimmed === '' || trimmed.startsWith('#')) return true;
  if (/^(---|\.\.\.)(\s|$)/.test(line)) return true;
  const { dashes, rest, restCol } = splitDashes(line);
  if (stack.length + dashes.length > MAX_DEPTH) return false;
  for (const col of dashes) dash(stack, col);
  const m = KEY.exec(rest);
  if (m) {
    const frame = keyFrame(stack, restCol);
    const key = unquote(m[1]!.trim());
    frame.lastKey = key;
    frame.keys.add(key);
  }
  return stack.length <= MAX_DEPTH;
}

function splitDashes(line: string): { dashes: number[]; rest: string; restCol: number } {
  const dashes: number[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ') i++;
    if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
      dashes.push(i);
      i++;
      continue;
    }
    break;
  }
  return { dashes, rest: line.slice(i), restCol: i };
}

function pop(stack: Frame[], col: number, isDash: boolean): void {
  while (stack.length > 1) {
    const top = stack[stack.length - 1]!;
    if (top.col > col) stack.pop();
    else if (top.kind === 'seq' && top.col === col && !isDash) stack.pop();
    else break;
  }
}

function dash(stack: Frame[], col: number): void {
  pop(stack, col, true);
  const top = stack[stack.length - 1]!;
  if (top.kind === 'seq' && top.col === col) {
    top.count++;
    return;
  }
  const path =
    top.kind === 'map'
      ? top.lastKey !== undefined
        ? [...top.path, top.lastKey]
        : top.path
      : [...top.path, Math.max(0, top.count - 1)];
  stack.push({ kind: 'seq', col, path, count: 1, keys: new Set() });
}

function keyFrame(stack: Frame[], col: number): Frame {
  pop(stack, col, false);
  const top = stack[stack.length - 1]!;
  if (top.kind === 'map' && top.col === col) return top;
  const path =
    top.kind === 'map'
      ? top.lastKey !== undefined
        ? [...top.path, top.lastKey]
        : top.path
      : [...top.path, Math.max(0, top.count - 1)];
  const frame: Frame = { kind: 'map', col, path, count: 0, keys: new Set() };
  stack.push(frame);
  return frame;
}

/** Keys at the same column after the cursor, up to the end of the mapping. */
function keysBelow(text: string, offset: number, col: number, inListItem: boolean): string[] {
  const keys: string[] = [];
  let position = text.indexOf('\n', offset);
  while (position !== -1 && position < text.length) {
    const start = position + 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    position = end;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^(---|\.\.\.)(\s|$)/.test(line)) break;
    const indent = line.length - trimmed.length;
    if (indent < col) break;
    if (indent > col) continue;
    if (trimmed.startsWith('- ') || trimmed === '-') {
      if (inListItem) break;
      continue;
    }
    const m = KEY.exec(trimmed);
    if (m) keys.push(unquote(m[1]!.trim()));
    if (end === -1) break;
  }
  return keys;
}

function findDocumentStart(text: string, lineStart: number): number {
  let position = lineStart;
  while (position > 0) {
    // `position` starts a line, so text[position - 1] is its newline; look at the line before.
    const prev = lineStartAt(text, position - 1);
    const line = text.slice(prev, position - 1);
    if (/^---(\s|$)/.test(line)) return position;
    position = prev;
  }
  return 0;
}

function unquote(key: string): string {
  if ((key.startsWith('"') && key.endsWith('"')) || (key.startsWith("'") && key.endsWith("'")))
    return key.slice(1, -1);
  return key;
}

function stripQuotes(s: string): string {
  return s.replace(/^["']/, '');
}
