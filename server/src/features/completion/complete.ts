// Completion: keys valid at the cursor (minus those already present) with snippets that fill
// required children, enum values, apiVersion and kind values, and for `weight:` the value that
// makes the route total 100. Cross-file values (subsets, gateways, hosts) come from
// workspaceValues.ts.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import type { SourceFile } from '../../sourceFile';
import type { Settings } from '../../settings';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { isVirtualService, isAppDeployment } from '../../model/resources';
import {
  KNOWN_KINDS,
  describeFieldType,
  docFor,
  enumDoc,
  fieldAt,
  guessKindSchema,
  knownApiVersionsFor,
  manifestSchema,
  type FieldSchema,
} from '../../schema/schemaAt';
import { cursorContext, type CursorContext } from './cursorContext';
import { workspaceValueCompletions } from './workspaceValues';

export function complete(
  file: SourceFile,
  position: Position,
  workspace: WorkspaceIndex,
  settings: Settings,
): CompletionList {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  const text = file.document.getText();
  const offset = file.document.offsetAt(position);
  const context = cursorContext(text, offset);
  if (!context) return empty;
  const typeMeta = readTypeMetaText(text, context.documentStart);
  const schema = typeMeta.kind ? guessKindSchema(typeMeta.apiVersion, typeMeta.kind) : undefined;
  const range = { start: file.document.positionAt(context.replaceStart), end: position };
  const items: CompletionItem[] = [];
  if (
    context.mode === 'value' ||
    (context.afterDash && isScalarList(schema ? manifestSchema(schema) : undefined, context))
  ) {
    items.push(
      ...valueCompletions(
        file,
        context,
        offset,
        schema ? manifestSchema(schema) : undefined,
        typeMeta,
        range,
      ),
    );
    items.push(...workspaceValueCompletions(file, context, offset, workspace, settings, range));
  } else {
    if (context.path.length === 0 && !schema) {
      items.push(...rootKeyCompletions(context, range, typeMeta));
    } else if (schema) {
      const field = fieldAt(manifestSchema(schema), context.path);
      if (field?.type === 'object') items.push(...keyCompletions(field, context, range));
    }
  }
  return { isIncomplete: false, items };
}

function isScalarList(root: FieldSchema | undefined, context: CursorContext): boolean {
  if (!root) return false;
  const field = fieldAt(root, context.path);
  return field !== undefined && field.type !== 'object';
}

function keyCompletions(
  field: FieldSchema,
  context: CursorContext,
  range: { start: Position; end: Position },
): CompletionItem[] {
  const items: CompletionItem[] = [];
  const required = new Set(field.required ?? []);
  for (const [name, child] of Object.entries(field.properties ?? {})) {
    if (context.siblings.has(name)) continue;
    const doc = docFor(child);
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail: `${describeFieldType(child)}${required.has(name) ? ' (required)' : ''}${child.deprecated ? ' (deprecated)' : ''}`,
      ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: keySnippet(name, child) },
      // Required keys first, then the rest alphabetically.
      sortText: `${required.has(name) ? '0' : '1'}${name}`,
      ...(child.deprecated ? { tags: [1] } : {}),
    });
  }
  return items;
}

/** The snippet for a key: scalars get a placeholder, objects and lists their required children. */
export function keySnippet(name: string, field: FieldSchema): string {
  let stop = 1;
  const next = () => stop++;
  const scalar = (f: FieldSchema, fallback = ''): string => {
    if (f.enum && f.enum.length) return `\${${next()}|${f.enum.map(escapeChoice).join(',')}|}`;
    if (f.type === 'boolean') return `\${${next()}|true,false|}`;
    return `\${${next()}${fallback ? `:${fallback}` : ''}}`;
  };
  const body = (f: FieldSchema, indent: string, depth: number): string => {
    const lines: string[] = [];
    for (const req of f.required ?? []) {
      const child = f.properties?.[req];
      if (!child) continue;
      lines.push(indent + entry(req, child, indent, depth + 1));
    }
    return lines.join('\n');
  };
  const entry = (key: string, f: FieldSchema, indent: string, depth: number): string => {
    if (depth > 3) return `${key}: $${next()}`;
    switch (f.type) {
      case 'object': {
        const inner = body(f, `${indent}  `, depth);
        return inner ? `${key}:\n${inner}` : `${key}:\n${indent}  $${next()}`;
      }
      case 'array': {
        const item = f.items;
        if (item?.type === 'object') {
          const inner = body(item, `${indent}    `, depth).trimStart();
          return `${key}:\n${indent}  - ${inner || `$${next()}`}`;
        }
        return `${key}:\n${indent}  - ${item ? scalar(item) : `$${next()}`}`;
      }
      case 'map':
        return `${key}:\n${indent}  \${${next()}:key}: \${${next()}:value}`;
      case 'integer':
      case 'number':
        return `${key}: ${scalar(f)}`;
      default:
        return `${key}: ${scalar(f)}`;
    }
  };
  return entry(name, field, '', 0);
}

function escapeChoice(value: string): string {
  return value.replace(/[,|\\$}]/g, (c) => `\\${c}`);
}

function rootKeyCompletions(
  context: CursorContext,
  range: { start: Position; end: Position },
  typeMeta: TypeMetaText,
): CompletionItem[] {
  const keys: [string, string][] = [
    ['apiVersion', 'The API group and version, e.g. networking.istio.io/v1.'],
    ['kind', 'The resource type: Gateway, VirtualService, DestinationRule, ServiceEntry.'],
    ['metadata', 'Name, namespace and labels of the resource.'],
    ['spec', 'The resource’s configuration.'],
  ];
  return keys
    .filter(
      ([k]) =>
        !context.siblings.has(k) &&
        !(k === 'kind' && typeMeta.kind) &&
        !(k === 'apiVersion' && typeMeta.apiVersion),
    )
    .map(([label, doc], i) => ({
      label,
      kind: CompletionItemKind.Property,
      documentation: { kind: MarkupKind.Markdown, value: doc },
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: label === 'metadata' ? 'metadata:\n  name: ${1:name}' : `${label}: $1` },
      sortText: String(i),
    }));
}

function valueCompletions(
  file: SourceFile,
  context: CursorContext,
  offset: number,
  root: FieldSchema | undefined,
  typeMeta: TypeMetaText,
  range: { start: Position; end: Position },
): CompletionItem[] {
  const last = context.path[context.path.length - 1];
  if (context.path.length === 1 && last === 'apiVersion') {
    const preferred = typeMeta.kind ? knownApiVersionsFor(typeMeta.kind) : [];
    const all = new Set([...preferred, ...KNOWN_KINDS.flatMap((k) => knownApiVersionsFor(k))]);
    return [...all].map((v, i) => ({
      label: v,
      kind: CompletionItemKind.EnumMember,
      textEdit: { range, newText: v },
      sortText: String(i).padStart(3, '0'),
      ...(preferred.includes(v) && typeMeta.kind ? { detail: `serves ${typeMeta.kind}` } : {}),
    }));
  }
  if (context.path.length === 1 && last === 'kind') {
    const group = typeMeta.apiVersion?.split('/')[0];
    return KNOWN_KINDS.filter(
      (k) => !group || knownApiVersionsFor(k).some((v) => v.startsWith(`${group}/`)),
    ).map((k) => ({
      label: k,
      kind: CompletionItemKind.Class,
      textEdit: { range, newText: k },
    }));
  }
  if (last === 'weight') {
    const suggestion = suggestWeight(file, offset);
    if (suggestion !== undefined) {
      return [
        {
          label: String(suggestion.value),
          kind: CompletionItemKind.Value,
          detail: 'makes this route total 100',
          documentation: {
            kind: MarkupKind.Markdown,
            value: `The other destinations of this route have ${suggestion.others} in total; ${suggestion.value} brings it to 100.`,
          },
          textEdit: { range, newText: String(suggestion.value) },
          preselect: true,
        },
      ];
    }
  }
  if (!root) return [];
  const field = fieldAt(root, context.path);
  if (!field) return [];
  const target = field.type === 'array' && field.items ? field.items : field;
  if (target.enum) {
    return target.enum.map((value) => {
      const doc = enumDoc(target, value);
      return {
        label: value,
        kind: CompletionItemKind.EnumMember,
        ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
        textEdit: { range, newText: value },
      };
    });
  }
  if (target.type === 'boolean') {
    return ['true', 'false'].map((value) => ({
      label: value,
      kind: CompletionItemKind.Value,
      textEdit: { range, newText: value },
    }));
  }
  return [];
}

/** The weight that makes the route under the cursor total 100, from its other destinations. */
function suggestWeight(file: SourceFile, offset: number): { value: number; others: number } | undefined {
  for (const resource of file.resources) {
    if (offset < resource.span.start || offset > resource.span.end) continue;
    const routes = isVirtualService(resource)
      ? resource.routes.map((r) => r.destinations)
      : isAppDeployment(resource)
        ? resource.routes.map((r) => r.targets)
        : [];
    for (const entries of routes) {
      const current = entries.find((d) => offset >= d.span.start && offset <= d.span.end + 1);
      if (!current) continue;
      let others = 0;
      for (const d of entries) {
        if (d === current) continue;
        if (typeof d.weight?.value === 'number') others += d.weight.value;
      }
      return { value: Math.max(0, Math.min(100, 100 - others)), others };
    }
  }
  return undefined;
}

interface TypeMetaText {
  readonly apiVersion?: string;
  readonly kind?: string;
}

/** apiVersion and kind of the document starting at `start`, read from its text (works on broken YAML). */
function readTypeMetaText(text: string, start: number): TypeMetaText {
  const nextDoc = text.slice(start).search(/^---(\s|$)/m);
  const body = text.slice(start, nextDoc === -1 ? undefined : start + nextDoc);
  const apiVersion = /^apiVersion:[ \t]*["']?([^\s"'#]+)/m.exec(body)?.[1];
  const kind = /^kind:[ \t]*["']?([^\s"'#]+)/m.exec(body)?.[1];
  return { ...(apiVersion ? { apiVersion } : {}), ...(kind ? { kind } : {}) };
}
