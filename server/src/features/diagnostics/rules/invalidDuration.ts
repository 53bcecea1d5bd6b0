import { parseGoDuration, suggestDuration } from '../../../istio/webhook';
import { fieldNamed, findGroupKindSchema } from '../../../schema/schemaAt';
import type { FieldSchema } from '../../../schema/schemaTypes';
import type { Rule } from '../ruleTypes';
import { istioSpecs, type SpecNode } from '../specNodes';

// The CRDs' CEL rule `duration(self) >= duration('1ms')` on every duration field (timeout,
// perTryTimeout, fixedDelay, outlier intervals, …), and agent.ValidateDuration's "only durations
// to ms precision are supported". The value is a string in Go's duration syntax: `10s`, `1.5s`,
// `250ms`, `1m30s`. A bare number or `2 seconds` is refused by the API server; the fix suggests
// the intended duration.
export const invalidDuration: Rule = {
  code: 'invalid-duration',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A duration that is not Go syntax (`10s`, `250ms`), is under 1ms or finer than a millisecond.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const kind of ['VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry']) {
      const schema = findGroupKindSchema('networking.istio.io', kind);
      if (!schema) continue;
      for (const { spec } of istioSpecs(file, kind)) walk(spec, schema.spec, '', report);
    }
  },
};

type Report = Parameters<Rule['check']>[1];

function walk(node: SpecNode, schema: FieldSchema, name: string, report: Report): void {
  if (schema.format === 'duration') return checkDuration(node, name, report);
  // Most of a spec (matches, destinations, headers) can hold no duration: not entered.
  if (!holdsDuration(schema)) return;
  if (schema.type === 'object' && schema.properties) {
    for (const [key, child] of node.entries()) {
      const childSchema = fieldNamed(schema.properties, key);
      if (childSchema) walk(child, childSchema, key, report);
    }
  } else if (schema.type === 'array' && schema.items) {
    for (const item of node.items()) walk(item, schema.items, name, report);
  } else if (schema.type === 'map' && schema.values) {
    for (const [, value] of node.entries()) walk(value, schema.values, name, report);
  }
}

/** Whether `walk` can reach a duration field below this schema (memoised per schema node). */
function holdsDuration(schema: FieldSchema): boolean {
  let holds = HOLDS_DURATION.get(schema);
  if (holds !== undefined) return holds;
  HOLDS_DURATION.set(schema, false); // guards against a cycle while this one is computed
  holds =
    schema.format === 'duration' ||
    (schema.type === 'object' &&
      schema.properties !== undefined &&
      Object.values(schema.properties).some(holdsDuration)) ||
    (schema.type === 'array' && schema.items !== undefined && holdsDuration(schema.items)) ||
    (schema.type === 'map' && schema.values !== undefined && holdsDuration(schema.values));
  HOLDS_DURATION.set(schema, holds);
  return holds;
}

const HOLDS_DURATION = new WeakMap<FieldSchema, boolean>();

function checkDuration(node: SpecNode, name: string, report: Report): void {
  if (node.isNull || node.isMap || node.isSeq) return;
  const text = node.text;
  if (text === undefined) return;
  const quoted = node.string !== undefined;
  const millis = quoted ? parseGoDuration(text) : undefined;
  if (millis === undefined) {
    const suggestion = suggestDuration(text);
    report({
      span: node.span,
      message: `\`${name}\` must be a duration with a unit, like \`10s\` or \`250ms\`${quoted ? '' : ' (a bare number has no unit)'}; the API server refuses \`${text}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
      ...(suggestion ? { data: { replacement: suggestion } } : {}),
    });
    return;
  }
  if (millis < 1) {
    report({
      span: node.span,
      message: `\`${name}\` is \`${text}\`; Istio accepts durations of 1ms or more.`,
    });
    return;
  }
  if (Math.abs(millis - Math.round(millis)) > 1e-9 && name !== 'warmupDurationSecs') {
    report({
      span: node.span,
      message: `\`${name}\` is \`${text}\`; Istio only supports whole milliseconds (e.g. \`${Math.round(millis)}ms\`).`,
    });
  }
}
