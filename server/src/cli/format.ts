// Output formats of `istio-canary check` and `split`: text for people, JSON for scripts, SARIF
// 2.1.0 for code scanning.
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { SplitResource } from '../../../protocol/src/protocol';
import { RULES } from '../features/diagnostics/ruleCatalog';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly resource: { kind: string; namespace: string; name: string } | null;
}

export function toFinding(file: string, d: Diagnostic, resource: Finding['resource']): Finding {
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity:
      d.severity === DiagnosticSeverity.Error
        ? 'error'
        : d.severity === DiagnosticSeverity.Warning
          ? 'warning'
          : 'info',
    code: String(d.code ?? ''),
    message: typeof d.message === 'string' ? d.message : d.message.value,
    resource,
  };
}

const COLOUR = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};

export function formatText(
  findings: readonly Finding[],
  options: { colour: boolean; filesChecked: number },
): string {
  const lines: string[] = [];
  if (options.colour) {
    // Grouped by file, coloured, for a person at a terminal.
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const [file, list] of byFile) {
      lines.push(`${COLOUR.bold}${file}${COLOUR.reset}`);
      for (const f of list) {
        lines.push(
          `  ${COLOUR.dim}${f.line}:${f.column}${COLOUR.reset}  ${COLOUR[f.severity]}${f.severity}${COLOUR.reset}  ${f.message}  ${COLOUR.dim}${f.code}${COLOUR.reset}`,
        );
      }
      lines.push('');
    }
  } else {
    for (const f of findings)
      lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`);
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push(
    `${options.filesChecked} files checked: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos`,
  );
  return lines.join('\n') + '\n';
}

export function formatSarif(findings: readonly Finding[], version: string): string {
  const level = (s: Finding['severity']) => (s === 'info' ? 'note' : s);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'istio-canary',
            version,
            informationUri: 'https://example.invalid/istio-canary',
            rules: RULES.map((r) => ({
              id: r.code,
              shortDescription: { text: r.summary },
              defaultConfiguration: {
                level: level(r.defaultSeverity === 'hint' ? 'info' : r.defaultSeverity),
              },
              ...(r.istioctl ? { properties: { istioctl: r.istioctl } } : {}),
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          level: level(f.severity),
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split(path.sep).join('/') },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  endLine: f.endLine,
                  endColumn: f.endColumn,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

export interface SplitJson {
  file: string;
  kind: string;
  namespace: string;
  name: string;
  hosts: string[];
  gateways: string[];
  routes: {
    protocol: string;
    index: number;
    name: string | null;
    match: unknown[];
    /** Why Istio refuses the route; null when it accepts it. */
    rejected: string | null;
    destinations: {
      host: string;
      subset: string | null;
      port: number | null;
      weight: number | null;
      percent: number;
    }[];
  }[];
}

export function toSplitJson(file: string, r: SplitResource): SplitJson {
  return {
    file,
    kind: r.kind,
    namespace: r.namespace,
    name: r.name,
    hosts: r.hosts,
    gateways: r.gateways,
    routes: r.routes.map((route) => ({
      protocol: route.protocol,
      index: route.index,
      name: route.name ?? null,
      match: route.match,
      rejected: route.rejected ?? null,
      destinations: route.destinations.map((d) => ({
        host: d.host,
        subset: d.subset ?? null,
        port: d.port ?? null,
        weight: d.weight ?? null,
        percent: d.percent,
      })),
    })),
  };
}

const BAR_WIDTH = 40;

export function formatSplitText(
  items: readonly { file: string; resource: SplitResource }[],
  colour: boolean,
): string {
  const lines: string[] = [];
  const palette = ['\x1b[44m', '\x1b[42m', '\x1b[45m', '\x1b[43m', '\x1b[46m'];
  for (const { file, resource } of items) {
    lines.push(`${resource.kind} ${resource.namespace}/${resource.name}  (${file})`);
    lines.push(
      `  hosts: ${resource.hosts.join(', ') || '—'}   gateways: ${resource.gateways.join(', ') || 'mesh'}`,
    );
    for (const route of resource.routes) {
      const label = `${route.protocol}[${route.index}]${route.name ? ` ${route.name}` : ''}`;
      lines.push(`  ${label}: ${route.matchText.join(' | ')}`);
      if (route.rejected !== undefined) {
        lines.push(`    rejected by Istio: ${route.rejected}`);
        route.destinations.forEach((d) => {
          const target = `${d.host}${d.subset ? ` › ${d.subset}` : ''}${d.port ? `:${d.port}` : ''}`;
          lines.push(`    -  ${target}${d.weight !== undefined ? `  (weight ${d.weight})` : ''}`);
        });
        for (const p of route.problems) lines.push(`    ! ${p}`);
        continue;
      }
      let bar = '';
      let used = 0;
      route.destinations.forEach((d, i) => {
        const width = Math.min(BAR_WIDTH - used, Math.round((d.percent / 100) * BAR_WIDTH));
        used += width;
        bar += colour
          ? `${palette[i % palette.length]}${' '.repeat(width)}\x1b[0m`
          : String.fromCharCode(65 + (i % 26)).repeat(width);
      });
      if (route.destinations.length)
        lines.push(`    [${bar}${' .'.charAt(colour ? 0 : 1).repeat(BAR_WIDTH - used)}]`);
      route.destinations.forEach((d, i) => {
        const ch = String.fromCharCode(65 + (i % 26));
        const target = `${d.host}${d.subset ? ` › ${d.subset}` : ''}${d.port ? `:${d.port}` : ''}`;
        lines.push(
          `    ${ch} ${String(d.percent).padStart(6)}%  ${target}${d.weight !== undefined ? `  (weight ${d.weight})` : ''}`,
        );
      });
      for (const p of route.problems) lines.push(`    ! ${p}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
