// Quick fixes for a destination whose subset is not defined: add the subset to the host's
// DestinationRule (after its last subset, in the file's own indentation), or, when the host has
// no DestinationRule at all, create one (appended to this file or in a new file). Subset labels
// are guessed from the workloads behind the host's Services.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import {
  isVirtualService,
  type DestinationRule,
  type VirtualService,
  type Workload,
} from '../../model/resources';
import { isWildcardHost, sameHost, serviceOfHost } from '../../istio/hosts';
import {
  destinationRulesForHost,
  labelsMatch,
  servicesForHost,
  workloadsOfServices,
} from '../../workspace/resolve';
import { namespaceIn, rangeOf, type NavigationContext } from '../navigation/context';
import { diagnosticsWithin, type CodeActionInput } from './types';
import { indentsSequences, lineEndAt, lineEnding, lineStartAt, yamlScalar } from './yamlText';

export function subsetActions(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const createdFor = new Set<string>();
  for (const vs of input.context.file.resources.filter(isVirtualService)) {
    const namespace = namespaceIn(input.context, vs);
    for (const route of vs.routes) {
      for (const destination of route.destinations) {
        const { host, subset } = destination;
        // Only on the reference itself: a route without a DestinationRule is normal until it names a subset.
        if (!host || !subset || !(touches(host.span, input.span) || touches(subset.span, input.span)))
          continue;
        const rules = destinationRulesForHost(input.context.lookup, host.value, namespace).filter(
          (r) => r.host && !isWildcardHost(r.host.value),
        );
        const diagnostics = diagnosticsWithin(input, destination.span, (d) =>
          /subset|destination-rule/.test(String(d.code)),
        );
        if (rules.length === 0) {
          const key = `${host.value}|${namespace}`;
          if (createdFor.has(key)) continue;
          createdFor.add(key);
          actions.push(...createRuleActions(input.context, vs, host.value, diagnostics));
          continue;
        }
        if (rules.some((r) => r.subsets.some((s) => s.name.value === subset.value))) continue;
        for (const rule of rules) {
          const action = addSubsetAction(input.context, rule, subset.value, rules.length > 1, diagnostics);
          if (action) actions.push(action);
        }
      }
    }
  }
  return actions;
}

function touches(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

interface GuessedLabels {
  readonly labels: Record<string, string>;
  /** The workload the labels were read from, if any. */
  readonly from?: Workload;
}

/**
 * Labels for a new subset: a workload of the host that already carries the subset name as a
 * label value gives that label; else the one workload no existing subset selects gives its value
 * of the label the other subsets use; else that label (or `version`) set to the subset name.
 */
export function guessSubsetLabels(
  context: NavigationContext,
  host: string,
  namespace: string,
  subsetName: string,
  siblings: DestinationRule['subsets'],
): GuessedLabels {
  const siblingKey = labelKeyOf(siblings);
  const services = servicesForHost(context.lookup, host, namespace).services;
  const workloads = workloadsOfServices(context.lookup, services);
  const selectorKeys = new Set(services.flatMap((s) => Object.keys(s.selector)));
  const keys = [siblingKey, 'version'].filter((k): k is string => k !== undefined);
  for (const key of keys) {
    const from = workloads.find((w) => w.podLabels[key] === subsetName);
    if (from) return { labels: { [key]: subsetName }, from };
  }
  for (const from of workloads) {
    const entry = Object.entries(from.podLabels).find(([k, v]) => v === subsetName && !selectorKeys.has(k));
    if (entry) return { labels: { [entry[0]]: subsetName }, from };
  }
  if (siblingKey) {
    const uncovered = workloads.filter(
      (w) =>
        w.podLabels[siblingKey] !== undefined &&
        !siblings.some((s) => Object.keys(s.labels).length > 0 && labelsMatch(s.labels, w.podLabels)),
    );
    const only = uncovered.length === 1 ? uncovered[0] : undefined;
    if (only) return { labels: { [siblingKey]: only.podLabels[siblingKey]! }, from: only };
  }
  return { labels: { [siblingKey ?? 'version']: subsetName } };
}

/** The label key existing subsets are told apart by: the one whose value is the subset's name, else their first. */
function labelKeyOf(subsets: DestinationRule['subsets']): string | undefined {
  for (const subset of subsets) {
    for (const [key, value] of Object.entries(subset.labels)) if (value === subset.name.value) return key;
  }
  for (const subset of subsets) {
    const first = Object.keys(subset.labels)[0];
    if (first) return first;
  }
  return undefined;
}

function subsetLines(name: string, labels: Record<string, string>, dash: string, content: string): string[] {
  const entries = Object.entries(labels);
  return [
    `${dash}- name: ${yamlScalar(name)}`,
    ...(entries.length
      ? [`${content}labels:`, ...entries.map(([k, v]) => `${content}  ${yamlScalar(k)}: ${yamlScalar(v)}`)]
      : []),
  ];
}

function addSubsetAction(
  context: NavigationContext,
  rule: DestinationRule,
  name: string,
  several: boolean,
  diagnostics: Diagnostic[],
): CodeAction | undefined {
  const guess = guessSubsetLabels(context, rule.host!.value, namespaceIn(context, rule), name, rule.subsets);
  const edit = addSubsetEdit(context, rule, name, guess.labels);
  if (!edit) return undefined;
  const labelText = Object.entries(guess.labels)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  const where = several ? ` in ${fileName(rule.uri)}` : '';
  const from = guess.from ? `, from ${guess.from.kind} ${guess.from.name?.value ?? ''}`.trimEnd() : '';
  return {
    title: `Add subset \`${name}\` (${labelText}${from}) to DestinationRule ${rule.name?.value ?? rule.host!.value}${where}`,
    kind: CodeActionKind.QuickFix,
    ...(diagnostics.length ? { diagnostics } : {}),
    isPreferred: !several,
    edit: { changes: { [rule.uri]: [edit] } },
  };
}

/**
 * The edit that adds a subset: new lines after the last subset, with the dash and key columns of
 * the existing items; or, for a rule without subsets, a `subsets:` list after its `host:` line.
 * Uses the rule file's text when the host has it, else its line starts from the index.
 */
function addSubsetEdit(
  context: NavigationContext,
  rule: DestinationRule,
  name: string,
  labels: Record<string, string>,
): TextEdit | undefined {
  const text = context.textOf(rule.uri);
  const eol = text ? lineEnding(text) : '\n';
  const last = rule.subsets[rule.subsets.length - 1];
  if (last) {
    let dashColumn: number;
    let contentColumn: number;
    let atLineStart: boolean;
    if (text !== undefined) {
      const prefix = text.slice(lineStartAt(text, last.span.start), last.span.start);
      const match = /^( *)- +$/.exec(prefix);
      if (!match) return undefined; // flow style or something unusual: no safe place to write.
      dashColumn = match[1]!.length;
      contentColumn = prefix.length;
      atLineStart = last.span.end === 0 || text[last.span.end - 1] === '\n';
    } else {
      contentColumn = context.workspace.positionAt(rule.uri, last.span.start).character;
      dashColumn = contentColumn - 2;
      if (dashColumn < 0) return undefined;
      atLineStart = context.workspace.positionAt(rule.uri, last.span.end).character === 0;
    }
    const lines = subsetLines(name, labels, ' '.repeat(dashColumn), ' '.repeat(contentColumn));
    const at = { start: last.span.end, end: last.span.end };
    const newText = atLineStart ? lines.join(eol) + eol : eol + lines.join(eol);
    return { range: rangeOf(context, rule.uri, at), newText };
  }
  if (!text || !rule.host) return undefined;
  const ruleText = text.slice(rule.span.start, rule.span.end);
  if (/^\s*subsets\s*:/m.test(ruleText)) return undefined; // `subsets: []` or similar: leave it to the user.
  const hostLine = lineStartAt(text, rule.host.span.start);
  const keyColumn = /^ */.exec(text.slice(hostLine))![0].length;
  const key = ' '.repeat(keyColumn);
  const dash = indentsSequences(text) ? `${key}  ` : key;
  const lines = [`${key}subsets:`, ...subsetLines(name, labels, dash, `${dash}  `)];
  const end = lineEndAt(text, rule.host.span.end);
  return { range: rangeOf(context, rule.uri, { start: end, end }), newText: eol + lines.join(eol) };
}

function createRuleActions(
  context: NavigationContext,
  vs: VirtualService,
  host: string,
  diagnostics: Diagnostic[],
): CodeAction[] {
  const namespace = namespaceIn(context, vs);
  const subsets: string[] = [];
  for (const route of vs.routes) {
    for (const d of route.destinations) {
      if (
        d.host &&
        d.subset &&
        sameHost(d.host.value, namespace, host, namespace) &&
        !subsets.includes(d.subset.value)
      ) {
        subsets.push(d.subset.value);
      }
    }
  }
  const name = ruleName(host, namespace);
  const text = context.file.document.getText();
  const eol = lineEnding(text);
  const dash = indentsSequences(text) ? '    ' : '  ';
  const lines = [
    `apiVersion: ${vs.apiVersion}`,
    'kind: DestinationRule',
    'metadata:',
    `  name: ${name}`,
    ...(vs.namespace ? [`  namespace: ${yamlScalar(vs.namespace.value)}`] : []),
    'spec:',
    `  host: ${yamlScalar(host)}`,
  ];
  if (subsets.length > 0) {
    lines.push('  subsets:');
    for (const subset of subsets) {
      const { labels } = guessSubsetLabels(context, host, namespace, subset, []);
      lines.push(...subsetLines(subset, labels, dash, `${dash}  `));
    }
  }
  const body = lines.join(eol) + eol;
  const what = `DestinationRule ${name} for ${host}${subsets.length ? ` (subsets ${subsets.join(', ')})` : ''}`;
  const end = context.file.document.positionAt(text.length);
  const separator = text.length === 0 || text.endsWith('\n') ? '' : eol;
  const inThisFile: WorkspaceEdit = {
    changes: { [vs.uri]: [{ range: { start: end, end }, newText: `${separator}---${eol}${body}` }] },
  };
  const newUri = freeUri(context, vs.uri, `destination-rule-${name}.yaml`);
  const inNewFile: WorkspaceEdit = {
    documentChanges: [
      { kind: 'create', uri: newUri, options: { overwrite: false, ignoreIfExists: false } },
      {
        textDocument: { uri: newUri, version: null },
        edits: [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: body },
        ],
      },
    ],
  };
  return [
    {
      title: `Create ${what} at the end of this file`,
      kind: CodeActionKind.QuickFix,
      ...(diagnostics.length ? { diagnostics } : {}),
      edit: inThisFile,
    },
    {
      title: `Create ${what} in a new file ${fileName(newUri)}`,
      kind: CodeActionKind.QuickFix,
      ...(diagnostics.length ? { diagnostics } : {}),
      edit: inNewFile,
    },
  ];
}

/** A DNS-label name for the rule: the Service's name for an in-cluster host, else the host's first label. */
function ruleName(host: string, namespace: string): string {
  const base = serviceOfHost(host, namespace)?.name ?? host.split('.')[0] ?? 'destination';
  const clean = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
  return clean || 'destination';
}

/** `name` in the folder of `besideUri`, numbered when the index already has a file by that name. */
function freeUri(context: NavigationContext, besideUri: string, name: string): string {
  const folder = besideUri.slice(0, besideUri.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  for (let n = 1; n < 1000; n++) {
    const candidate = `${folder}${n === 1 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`}`;
    if (!context.workspace.has(candidate) && candidate !== context.file.uri) return candidate;
  }
  return `${folder}${name}`;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
