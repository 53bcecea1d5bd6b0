// Expands VS Code snippet bodies the way the editor does when a user inserts a snippet and tabs
// through every tab stop without typing: placeholders keep their defaults, choices take their first
// option, mirrors copy their placeholder and apply their transforms. Test-only; imports nothing
// from server/ or client/.

export interface FormatText {
  readonly kind: 'text';
  readonly value: string;
}

/** `$1`, `${1:/upcase}`, `${1:+if}`, `${1:?if:else}`, `${1:-else}` or `${1:else}` inside a transform. */
export interface FormatGroup {
  readonly kind: 'group';
  readonly index: number;
  readonly shorthand?: string;
  readonly ifValue?: string;
  readonly elseValue?: string;
}

export interface Transform {
  readonly regexp: RegExp;
  readonly format: readonly (FormatText | FormatGroup)[];
}

export type SnippetNode =
  | { readonly kind: 'text'; readonly value: string }
  | {
      readonly kind: 'placeholder';
      readonly index: number;
      readonly children: readonly SnippetNode[];
      readonly transform?: Transform;
    }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] }
  | {
      readonly kind: 'variable';
      readonly name: string;
      /** Undefined when the variable has no default (`$NAME`, `${NAME}`). */
      readonly children?: readonly SnippetNode[];
      readonly transform?: Transform;
    };

/** A tab stop in the expanded text; `index` 0 is the final cursor position. */
export interface TabStop {
  readonly index: number;
  readonly offset: number;
  readonly length: number;
  /** False for the occurrence that defines the value, true for the copies that follow it. */
  readonly mirror: boolean;
}

export interface ExpandedSnippet {
  readonly text: string;
  /** Every tab stop occurrence in text order. */
  readonly tabStops: readonly TabStop[];
}

export interface ExpandOptions {
  /**
   * Values for snippet variables. A variable missing here (or empty) falls back to its default,
   * as VS Code does for known variables without a value; a variable name VS Code does not know
   * is inserted as its own name, as the editor does.
   */
  readonly variables?: Readonly<Record<string, string>>;
}

/** The variables VS Code resolves itself; any other `$NAME` is inserted as the text `NAME`. */
export const knownVariableNames: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT',
  'TM_CURRENT_LINE',
  'TM_CURRENT_WORD',
  'TM_LINE_INDEX',
  'TM_LINE_NUMBER',
  'TM_FILENAME',
  'TM_FILENAME_BASE',
  'TM_DIRECTORY',
  'TM_DIRECTORY_BASE',
  'TM_FILEPATH',
  'RELATIVE_FILEPATH',
  'CLIPBOARD',
  'WORKSPACE_NAME',
  'WORKSPACE_FOLDER',
  'CURSOR_INDEX',
  'CURSOR_NUMBER',
  'CURRENT_YEAR',
  'CURRENT_YEAR_SHORT',
  'CURRENT_MONTH',
  'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE',
  'CURRENT_DAY_NAME',
  'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR',
  'CURRENT_MINUTE',
  'CURRENT_SECOND',
  'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET',
  'RANDOM',
  'RANDOM_HEX',
  'UUID',
  'BLOCK_COMMENT_START',
  'BLOCK_COMMENT_END',
  'LINE_COMMENT',
]);

/** Joins a snippet body as VS Code does: an array of lines becomes one string with `\n`. */
export function snippetBodyText(body: string | readonly string[]): string {
  return typeof body === 'string' ? body : body.join('\n');
}

/**
 * Parses snippet syntax into nodes. Like VS Code, text that does not form a valid construct
 * (a lone `$`, an unclosed `${`) is kept as literal text, so parsing never throws.
 */
export function parseSnippet(source: string): SnippetNode[] {
  const parser = new SnippetParser(source);
  return parser.parseSequence(false);
}

/** Expands a snippet body to the text the editor shows once every tab stop keeps its default. */
export function expandSnippet(
  body: string | readonly string[],
  options: ExpandOptions = {},
): ExpandedSnippet {
  const nodes = parseSnippet(snippetBodyText(body));
  const defaults = collectPlaceholderDefaults(nodes);
  const out: string[] = [];
  const tabStops: TabStop[] = [];
  let length = 0;
  const seen = new Set<number>();

  const emit = (value: string): void => {
    out.push(value);
    length += value.length;
  };

  // `active` holds the placeholder indexes being expanded, so `${1:${1}}` cannot recurse forever.
  const render = (list: readonly SnippetNode[], active: ReadonlySet<number>): void => {
    for (const node of list) {
      switch (node.kind) {
        case 'text':
          emit(node.value);
          break;
        case 'choice':
        case 'placeholder': {
          const start = length;
          const mirror = seen.has(node.index);
          seen.add(node.index);
          if (!active.has(node.index)) {
            const source = defaults.get(node.index);
            const next = new Set(active).add(node.index);
            if (node.kind === 'placeholder' && node.transform) {
              // The editor applies a transform when the user tabs away from its placeholder,
              // replacing whatever the occurrence showed with the transformed value.
              const value = source ? renderToString(source, next) : '';
              emit(applyTransform(node.transform, value));
            } else if (source) {
              render(source, next);
            }
          }
          tabStops.push({ index: node.index, offset: start, length: length - start, mirror });
          break;
        }
        case 'variable': {
          const value = options.variables?.[node.name];
          if (value !== undefined && value !== '') {
            emit(node.transform ? applyTransform(node.transform, value) : value);
          } else if (!knownVariableNames.has(node.name) && !node.children) {
            // VS Code turns an unknown variable into a placeholder showing the variable's name.
            emit(node.name);
          } else if (node.transform) {
            emit(applyTransform(node.transform, node.children ? renderToString(node.children, active) : ''));
          } else if (node.children) {
            render(node.children, active);
          }
          break;
        }
      }
    }
  };

  const renderToString = (list: readonly SnippetNode[], active: ReadonlySet<number>): string => {
    const saved = out.length;
    const savedLength = length;
    const savedStops = tabStops.length;
    render(list, active);
    const text = out.splice(saved).join('');
    length = savedLength;
    tabStops.length = savedStops;
    return text;
  };

  render(nodes, new Set());
  return {
    text: out.join(''),
    tabStops: tabStops.sort((a, b) => a.offset - b.offset || b.length - a.length),
  };
}

/**
 * The value source per tab stop index: the first occurrence in document order that has content
 * (a default or a choice). Later occurrences of the same index are mirrors of it.
 */
function collectPlaceholderDefaults(nodes: readonly SnippetNode[]): Map<number, readonly SnippetNode[]> {
  const defaults = new Map<number, readonly SnippetNode[]>();
  const walk = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'choice') {
        if (!defaults.has(node.index) && node.index !== 0) {
          defaults.set(node.index, [{ kind: 'text', value: node.options[0] ?? '' }]);
        }
      } else if (node.kind === 'placeholder') {
        if (!defaults.has(node.index) && node.index !== 0 && node.children.length > 0) {
          defaults.set(node.index, node.children);
        }
        walk(node.children);
      } else if (node.kind === 'variable' && node.children) {
        walk(node.children);
      }
    }
  };
  walk(nodes);
  return defaults;
}

/** Applies a `/regex/format/options` transform the way VS Code's snippet engine does. */
export function applyTransform(transform: Transform, value: string): string {
  let matched = false;
  const result = value.replace(transform.regexp, (...args: unknown[]) => {
    matched = true;
    // replace() passes the match, the groups, then offset, input (and named groups when present).
    const named = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== undefined;
    const groups = args.slice(0, args.length - (named ? 3 : 2)).map((g) => (typeof g === 'string' ? g : ''));
    return formatGroups(transform, groups);
  });
  const hasElse = transform.format.some((part) => part.kind === 'group' && part.elseValue !== undefined);
  return !matched && hasElse ? formatGroups(transform, []) : result;
}

function formatGroups(transform: Transform, groups: readonly string[]): string {
  let text = '';
  for (const part of transform.format) {
    if (part.kind === 'text') {
      text += part.value;
      continue;
    }
    const value = groups[part.index] ?? '';
    text += formatGroup(part, value);
  }
  return text;
}

function formatGroup(part: FormatGroup, value: string): string {
  switch (part.shorthand) {
    case 'upcase':
      return value.toLocaleUpperCase();
    case 'downcase':
      return value.toLocaleLowerCase();
    case 'capitalize':
      return value ? value.charAt(0).toLocaleUpperCase() + value.slice(1) : '';
    case 'pascalcase':
      return (value.match(/[a-z0-9]+/gi) ?? []).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    case 'camelcase':
      return (value.match(/[a-z0-9]+/gi) ?? [])
        .map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() : w.charAt(0).toUpperCase()) + w.slice(1))
        .join('');
    default:
      break;
  }
  if (value && part.ifValue !== undefined) return part.ifValue;
  if (!value && part.elseValue !== undefined) return part.elseValue;
  return value;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isVariableStart = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z_]/.test(ch);
const isVariableChar = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_]/.test(ch);

/** A small recursive-descent parser over the snippet grammar documented for VS Code. */
class SnippetParser {
  private pos = 0;

  constructor(private readonly source: string) {}

  /** Parses until the end of input, or until an unescaped `}` when `nested` is true. */
  parseSequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos];
      if (nested && ch === '}') break;
      if (ch === '\\') {
        const next = this.source[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
          continue;
        }
        text += ch;
        this.pos += 1;
        continue;
      }
      if (ch === '$') {
        const start = this.pos;
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
        // Not a valid construct: the dollar sign is plain text, as in the editor.
        this.pos = start + 1;
        text += '$';
        continue;
      }
      text += ch;
      this.pos += 1;
    }
    flush();
    return nodes;
  }

  /** Parses a construct starting at `$`; returns undefined (position unspecified) if invalid. */
  private parseDollar(): SnippetNode | undefined {
    this.pos += 1; // '$'
    const ch = this.source[this.pos];
    if (isDigit(ch)) {
      return { kind: 'placeholder', index: this.readInt(), children: [] };
    }
    if (isVariableStart(ch)) {
      return { kind: 'variable', name: this.readName() };
    }
    if (ch !== '{') return undefined;
    this.pos += 1;
    const first = this.source[this.pos];
    if (isDigit(first)) return this.parseComplexPlaceholder(this.readInt());
    if (isVariableStart(first)) return this.parseComplexVariable(this.readName());
    return undefined;
  }

  private parseComplexPlaceholder(index: number): SnippetNode | undefined {
    const ch = this.source[this.pos];
    if (ch === '}') {
      this.pos += 1;
      return { kind: 'placeholder', index, children: [] };
    }
    if (ch === ':') {
      this.pos += 1;
      const children = this.parseSequence(true);
      if (this.source[this.pos] !== '}') return undefined;
      this.pos += 1;
      return { kind: 'placeholder', index, children };
    }
    if (ch === '|') {
      this.pos += 1;
      const options = this.parseChoiceOptions();
      if (!options) return undefined;
      return { kind: 'choice', index, options };
    }
    if (ch === '/') {
      const transform = this.parseTransform();
      if (!transform) return undefined;
      return { kind: 'placeholder', index, children: [], transform };
    }
    return undefined;
  }

  private parseComplexVariable(name: string): SnippetNode | undefined {
    const ch = this.source[this.pos];
    if (ch === '}') {
      this.pos += 1;
      return { kind: 'variable', name };
    }
    if (ch === ':') {
      this.pos += 1;
      const children = this.parseSequence(true);
      if (this.source[this.pos] !== '}') return undefined;
      this.pos += 1;
      return { kind: 'variable', name, children };
    }
    if (ch === '/') {
      const transform = this.parseTransform();
      if (!transform) return undefined;
      return { kind: 'variable', name, transform };
    }
    return undefined;
  }

  /** Parses `a,b,c|}` after `${N|`; `\,`, `\|` and `\\` are escapes inside an option. */
  private parseChoiceOptions(): string[] | undefined {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos];
      if (ch === '\\') {
        const next = this.source[this.pos + 1];
        if (next === ',' || next === '|' || next === '\\') {
          current += next;
          this.pos += 2;
          continue;
        }
        current += ch;
        this.pos += 1;
        continue;
      }
      if (ch === ',') {
        options.push(current);
        current = '';
        this.pos += 1;
        continue;
      }
      if (ch === '|') {
        if (this.source[this.pos + 1] !== '}') return undefined;
        options.push(current);
        this.pos += 2;
        return options;
      }
      current += ch;
      this.pos += 1;
    }
    return undefined;
  }

  /** Parses `/regex/format/options}` (the position is at the first slash). */
  private parseTransform(): Transform | undefined {
    this.pos += 1;
    let regexSource = '';
    for (;;) {
      const ch = this.source[this.pos];
      if (ch === undefined) return undefined;
      if (ch === '/') break;
      if (ch === '\\' && this.source[this.pos + 1] === '/') {
        regexSource += '/';
        this.pos += 2;
        continue;
      }
      if (ch === '\\' && this.source[this.pos + 1] !== undefined) {
        regexSource += ch + this.source[this.pos + 1];
        this.pos += 2;
        continue;
      }
      regexSource += ch;
      this.pos += 1;
    }
    this.pos += 1;
    const format: (FormatText | FormatGroup)[] = [];
    let text = '';
    const flush = (): void => {
      if (text) format.push({ kind: 'text', value: text });
      text = '';
    };
    for (;;) {
      const ch = this.source[this.pos];
      if (ch === undefined) return undefined;
      if (ch === '/') break;
      if (ch === '\\' && ['/', '$', '\\', '}'].includes(this.source[this.pos + 1] ?? '')) {
        text += this.source[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (ch === '$') {
        const start = this.pos;
        const group = this.parseFormatGroup();
        if (group) {
          flush();
          format.push(group);
          continue;
        }
        this.pos = start + 1;
        text += '$';
        continue;
      }
      text += ch;
      this.pos += 1;
    }
    flush();
    this.pos += 1;
    let flags = '';
    while (this.source[this.pos] !== undefined && this.source[this.pos] !== '}') {
      flags += this.source[this.pos];
      this.pos += 1;
    }
    if (this.source[this.pos] !== '}') return undefined;
    this.pos += 1;
    try {
      return { regexp: new RegExp(regexSource, flags), format };
    } catch {
      return undefined;
    }
  }

  private parseFormatGroup(): FormatGroup | undefined {
    this.pos += 1; // '$'
    if (isDigit(this.source[this.pos])) return { kind: 'group', index: this.readInt() };
    if (this.source[this.pos] !== '{' || !isDigit(this.source[this.pos + 1])) return undefined;
    this.pos += 1;
    const index = this.readInt();
    const ch = this.source[this.pos];
    if (ch === '}') {
      this.pos += 1;
      return { kind: 'group', index };
    }
    if (ch !== ':') return undefined;
    this.pos += 1;
    const marker = this.source[this.pos];
    if (marker === '/') {
      this.pos += 1;
      const shorthand = this.readName();
      if (this.source[this.pos] !== '}') return undefined;
      this.pos += 1;
      return { kind: 'group', index, shorthand };
    }
    if (marker === '+') {
      this.pos += 1;
      const ifValue = this.readUntil(['}']);
      return ifValue === undefined ? undefined : { kind: 'group', index, ifValue };
    }
    if (marker === '?') {
      this.pos += 1;
      const ifValue = this.readUntil([':']);
      if (ifValue === undefined) return undefined;
      const elseValue = this.readUntil(['}']);
      return elseValue === undefined ? undefined : { kind: 'group', index, ifValue, elseValue };
    }
    if (marker === '-') this.pos += 1;
    const elseValue = this.readUntil(['}']);
    return elseValue === undefined ? undefined : { kind: 'group', index, elseValue };
  }

  /** Reads text up to one of `stops` (consumed), honouring backslash escapes; undefined at end of input. */
  private readUntil(stops: readonly string[]): string | undefined {
    let value = '';
    for (;;) {
      const ch = this.source[this.pos];
      if (ch === undefined) return undefined;
      this.pos += 1;
      if (stops.includes(ch)) return value;
      if (ch === '\\' && this.source[this.pos] !== undefined) {
        value += this.source[this.pos];
        this.pos += 1;
        continue;
      }
      value += ch;
    }
  }

  private readInt(): number {
    const start = this.pos;
    while (isDigit(this.source[this.pos])) this.pos += 1;
    return Number(this.source.slice(start, this.pos));
  }

  private readName(): string {
    const start = this.pos;
    while (isVariableChar(this.source[this.pos])) this.pos += 1;
    return this.source.slice(start, this.pos);
  }
}
