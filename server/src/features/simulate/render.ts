// Renders a simulation result for people: plain text for the CLI, Markdown for the editor.
import {
  type SimulatedCondition,
  type SimulatedDestination,
  type SimulatedRoute,
  type SimulationMatchResult,
  type SimulationResult,
} from '../../../../protocol/src/protocol';
import { describeDestination, formatPercent } from './action';

const resultWords: Record<SimulationMatchResult, string> = {
  match: 'match',
  'no-match': 'no match',
  unknown: 'undecided',
};

export function describeRequest(result: SimulationResult): string {
  const { request } = result;
  const port = request.port !== undefined ? `:${request.port}` : '';
  const query = new URLSearchParams(request.query).toString();
  const via = request.gateway === 'mesh' ? 'the mesh' : `gateway ${request.gateway}`;
  return `${request.method} ${request.scheme}://${request.host}${port}${request.uri}${query ? `?${query}` : ''} via ${via}, from namespace ${request.sourceNamespace}`;
}

function describeCondition(condition: SimulatedCondition): string {
  const actual =
    condition.actual === null ? 'request has none' : `request has ${JSON.stringify(condition.actual)}`;
  return `${condition.field}: ${condition.expected}; ${actual} -> ${resultWords[condition.result]}${condition.note ? ` (${condition.note})` : ''}`;
}

function routeTitle(route: SimulatedRoute): string {
  return `${route.virtualService} http[${route.index}]${route.name ? ` "${route.name}"` : ''}`;
}

/**
 * Why a destination's requests fail, in a few words: its host names no Service (the reason
 * trafficSplit.ts `hostReach` writes starts with the host) or its subset is not visible.
 */
function unavailableWhy(destination: SimulatedDestination): string {
  return destination.unavailable?.startsWith(`\`${destination.host}\` names no Service`)
    ? 'no such Service'
    : 'subset not visible';
}

export function renderSimulationText(result: SimulationResult): string {
  const lines: string[] = [];
  lines.push(`Request:  ${describeRequest(result)}`);
  const headers = Object.entries(result.request.headers);
  if (headers.length > 0) {
    lines.push(`Headers:  ${headers.map(([key, value]) => `${key}: ${value}`).join(', ')}`);
  }
  lines.push('');
  const selected = result.virtualServices.filter((vs) => vs.selected);
  for (const vs of selected) {
    lines.push(`VirtualService ${vs.namespace}/${vs.name}${vs.uri ? `  (${vs.uri})` : ''}`);
    lines.push(`  ${vs.reason}`);
  }
  const others = result.virtualServices.filter((vs) => !vs.selected);
  if (others.length > 0) {
    lines.push(selected.length > 0 ? 'Not used:' : 'No VirtualService handles the request:');
    for (const vs of others) lines.push(`  ${vs.namespace}/${vs.name}: ${vs.reason}`);
  }
  if (result.routes.length > 0) {
    lines.push('', 'Routes tried in order (the first match wins):');
    for (const route of result.routes) {
      lines.push(
        `  ${routeTitle(route)}: ${resultWords[route.result]}${route.entries.length === 0 ? ' (no match conditions: matches every request)' : ''}`,
      );
      for (const entry of route.entries) {
        const conditions = entry.conditions.length === 0 ? ' (empty: matches every request)' : '';
        lines.push(
          `    match[${entry.index}]${entry.name ? ` "${entry.name}"` : ''}: ${resultWords[entry.result]}${conditions}`,
        );
        for (const condition of entry.conditions) lines.push(`      ${describeCondition(condition)}`);
      }
    }
  }
  lines.push('', `Result: ${result.summary}`);
  for (const destination of result.destinations) {
    const weight = destination.weight !== undefined ? `  (weight ${destination.weight})` : '';
    const unavailable =
      destination.unavailable !== undefined ? `  → 503 (${unavailableWhy(destination)})` : '';
    lines.push(
      `  ${formatPercent(destination.percent).padStart(8)}  ${describeDestination(destination)}${weight}${unavailable}`,
    );
  }
  if (result.rewrite) lines.push(`  rewrite: ${describeRewrite(result.rewrite)}`);
  for (const mirror of result.mirrors ?? []) {
    lines.push(
      `  mirror: ${formatPercent(mirror.percent)} copied to ${describeDestination(mirror)}${mirror.unavailable !== undefined ? ` (goes nowhere: ${mirror.unavailable})` : ''}`,
    );
  }
  if (result.notes.length > 0) {
    lines.push('', 'Notes:');
    for (const note of result.notes) lines.push(`  - ${note}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeRewrite(rewrite: NonNullable<SimulationResult['rewrite']>): string {
  const parts: string[] = [];
  if (rewrite.uri !== undefined) parts.push(`uri to ${JSON.stringify(rewrite.uri)}`);
  if (rewrite.authority !== undefined) parts.push(`authority to ${JSON.stringify(rewrite.authority)}`);
  if (rewrite.uriRegexRewrite) {
    parts.push(
      `uri ${JSON.stringify(rewrite.uriRegexRewrite.match)} -> ${JSON.stringify(rewrite.uriRegexRewrite.rewrite)}`,
    );
  }
  return parts.join(', ');
}

/** Escapes text for a Markdown table cell or inline position. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#]/g, '\\$&');
}

export function renderSimulationMarkdown(result: SimulationResult): string {
  const lines: string[] = ['# Istio Canary: request simulation', ''];
  lines.push(`**Request:** ${md(describeRequest(result))}`, '');
  const headers = Object.entries(result.request.headers);
  if (headers.length > 0) {
    lines.push(`**Headers:** ${headers.map(([key, value]) => md(`${key}: ${value}`)).join(', ')}`, '');
  }
  lines.push(`## Result`, '', md(result.summary), '');
  if (result.destinations.length > 0) {
    lines.push('| Share | Destination | Weight |', '| ---: | --- | ---: |');
    for (const destination of result.destinations) {
      lines.push(
        `| ${formatPercent(destination.percent)} | ${md(describeDestination(destination))}${destination.unavailable !== undefined ? ` (503: ${unavailableWhy(destination)})` : ''} | ${destination.weight ?? ''} |`,
      );
    }
    lines.push('');
  }
  if (result.rewrite) lines.push(`Rewrite: ${md(describeRewrite(result.rewrite))}`, '');
  for (const mirror of result.mirrors ?? []) {
    lines.push(
      `Mirror: ${formatPercent(mirror.percent)} copied to ${md(describeDestination(mirror))}${mirror.unavailable !== undefined ? ` (goes nowhere: ${md(mirror.unavailable)})` : ''}`,
      '',
    );
  }
  lines.push('## VirtualServices', '');
  for (const vs of result.virtualServices) {
    lines.push(
      `- ${vs.selected ? '**used**' : 'not used'}: ${md(`${vs.namespace}/${vs.name}`)}: ${md(vs.reason)}`,
    );
  }
  if (result.virtualServices.length === 0) lines.push('- none in the workspace');
  lines.push('');
  if (result.routes.length > 0) {
    lines.push('## Routes tried (the first match wins)', '');
    for (const route of result.routes) {
      lines.push(`### ${md(routeTitle(route))}: ${resultWords[route.result]}`, '');
      if (route.entries.length === 0) lines.push('No match conditions: the route matches every request.', '');
      for (const entry of route.entries) {
        lines.push(
          `match[${entry.index}]${entry.name ? ` ${md(entry.name)}` : ''}: **${resultWords[entry.result]}**`,
          '',
        );
        if (entry.conditions.length === 0) {
          lines.push('Empty match entry: matches every request.', '');
          continue;
        }
        lines.push('| Condition | Expected | Request | Result |', '| --- | --- | --- | --- |');
        for (const condition of entry.conditions) {
          const actual = condition.actual === null ? '(absent)' : md(JSON.stringify(condition.actual));
          const outcome = `${resultWords[condition.result]}${condition.note ? `: ${md(condition.note)}` : ''}`;
          lines.push(`| ${md(condition.field)} | ${md(condition.expected)} | ${actual} | ${outcome} |`);
        }
        lines.push('');
      }
    }
  }
  if (result.notes.length > 0) {
    lines.push('## Notes', '');
    for (const note of result.notes) lines.push(`- ${md(note)}`);
    lines.push('');
  }
  return lines.join('\n');
}
