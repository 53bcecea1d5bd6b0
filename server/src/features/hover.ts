// Hover: our documentation for the key under the cursor, or for the enum value under it; on a
// `weight` value, the route's split with this destination's share.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { isScalar } from 'yaml';
import type { SourceFile } from '../sourceFile';
import { readTypeMeta } from '../model/readResources';
import { nodeAtOffset, type PathSegment } from '../syntax/yamlAst';
import {
  describeFieldType,
  docFor,
  enumDoc,
  fieldAt,
  findKindSchema,
  findKindSchemaByKind,
  manifestSchema,
} from '../schema/schemaAt';
import { toRange } from './diagnostics/diagnose';
import type { ResourceSplit } from './trafficSplit';

export function hover(file: SourceFile, position: Position, splits: readonly ResourceSplit[]): Hover | null {
  const offset = file.document.offsetAt(position);
  const document = file.yaml.documents.find((d) => offset >= d.span.start && offset <= d.span.end);
  if (!document) return null;
  const meta = readTypeMeta(document);
  if (!meta) return null;
  const kindSchema =
    findKindSchema(meta.apiVersion.value, meta.kind.value) ?? findKindSchemaByKind(meta.kind.value);
  if (!kindSchema) return null;
  const { path, onKey } = nodeAtOffset(document.doc, offset);
  const innermost = path[path.length - 1];
  if (!innermost || innermost.segment === undefined) return null;
  const segments: PathSegment[] = path.slice(1).map((p) => p.segment!);
  const field = fieldAt(manifestSchema(kindSchema), segments);
  if (!field) return null;
  const span = { start: innermost.node.range?.[0] ?? offset, end: innermost.node.range?.[1] ?? offset };
  const range = toRange(file, span);
  const name = String(innermost.segment);
  if (onKey) {
    const doc = docFor(field);
    if (!doc) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: `**${name}** · _${describeFieldType(field)}_\n\n${doc}` },
      range,
    };
  }
  if (isScalar(innermost.node) && typeof innermost.node.value === 'string') {
    const value = innermost.node.value;
    const text = enumDoc(field.type === 'array' && field.items ? field.items : field, value);
    if (text) return { contents: { kind: MarkupKind.Markdown, value: `**${value}**\n\n${text}` }, range };
  }
  if (name === 'weight') {
    const split = describeSplitAt(splits, offset);
    if (split) return { contents: { kind: MarkupKind.Markdown, value: split }, range };
  }
  return null;
}

function describeSplitAt(splits: readonly ResourceSplit[], offset: number): string | undefined {
  for (const split of splits) {
    for (const route of split.routes) {
      const entry = route.entries.find(
        (e) => e.weight && offset >= e.weight.span.start && offset <= e.weight.span.end,
      );
      if (!entry) continue;
      const rows = route.entries.map((e) => {
        const label =
          [e.host?.value, e.subset?.value].filter(Boolean).join(' › ') || `destination ${e.index + 1}`;
        const mark = e === entry ? ' ◀' : '';
        return `| ${label} | ${e.weight ? String(e.weight.value) : '—'} | ${e.percent}%${mark} |`;
      });
      const total = route.total === 100 ? '' : `\n\nThe weights add up to ${route.total}, not 100.`;
      return (
        [
          `**Traffic split** of ${route.protocol} route ${route.index + 1}`,
          '',
          '| destination | weight | share |',
          '|---|---|---|',
          ...rows,
        ].join('\n') + total
      );
    }
  }
  return undefined;
}
