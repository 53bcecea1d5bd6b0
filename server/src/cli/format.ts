// Output formats of `istio-canary check` and `split`: text for people, JSON for scripts, SARIF
// 2.1.0 for code scanning, and what CI systems read: GitHub workflow annotations, JUnit XML and
// GitLab's Code Quality report.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { SplitResource } from '../../../protocol/src/protocol';
import { RULES } from '../features/diagnostics/ruleCatalog';
import type { Severity } from '../features/diagnostics/ruleTypes';

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
  /** What the finding rests on: the files alone, or a cluster snapshot (`cluster:<context>`). */
  readonly source: string;
}

export function toFinding(file: string, d: Diagnostic, resource: Finding['resource']): Finding {
  const data = d.data as { source?: unknown } | undefined;
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
    source: typeof data?.source === 'string' ? data.source : 'file',
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
  const level = (s: Finding['severity'] | Severity): Sarif.ReportingConfiguration.level =>
    s === 'info' || s === 'hint' ? 'note' : s;
  const sarif: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'istio-canary',
            version,
            // No informationUri or helpUri: the rule pages ship inside the VS Code extension
            // (docs/rules/<code>.md) and there is no public address to point at.
            rules: RULES.map((r) => ({
              id: r.code,
              shortDescription: { text: r.summary },
              defaultConfiguration: { level: level(r.defaultSeverity) },
              ...(r.istioctl ? { properties: { istioctl: [...r.istioctl] } } : {}),
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          level: level(f.severity),
          message: { text: f.message },
          properties: { source: f.source },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toPosix(f.file) },
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

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): the runner turns each line
 * into an annotation on the pull request's diff. Infos become notices.
 */
export function formatGithub(findings: readonly Finding[]): string {
  const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
  return findings
    .map((f) => {
      const properties = [
        `file=${escapeGithubProperty(toPosix(f.file))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        // GitHub ignores endColumn on annotations that span several lines.
        ...(f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
        `title=${escapeGithubProperty(`istio-canary ${f.code}`)}`,
      ];
      return `::${command[f.severity]} ${properties.join(',')}::${escapeGithubData(f.message)}\n`;
    })
    .join('');
}

function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * JUnit XML, as CI test-report views read it: one test suite per checked file, one failed test
 * case per error or warning, and one passing case for a file without either (infos are left
 * out, as they are no failures).
 */
export function formatJunit(findings: readonly Finding[], filesChecked: readonly string[]): string {
  const failing = findings.filter((f) => f.severity !== 'info');
  const suites = [...new Set([...filesChecked, ...failing.map((f) => f.file)])].map((file) => {
    const own = failing.filter((f) => f.file === file);
    const cases = own.length
      ? own.map(
          (f) =>
            `    <testcase classname="${xml(toPosix(file))}" name="${xml(`${f.code} at ${f.line}:${f.column}`)}">\n` +
            `      <failure type="${f.severity}" message="${xml(f.message)}">${xml(
              `${toPosix(f.file)}:${f.line}:${f.column} ${f.severity} ${f.code}\n${f.message}`,
            )}</failure>\n` +
            `    </testcase>`,
        )
      : [`    <testcase classname="${xml(toPosix(file))}" name="no errors or warnings"/>`];
    return {
      tests: cases.length,
      text:
        `  <testsuite name="${xml(toPosix(file))}" tests="${cases.length}" failures="${own.length}" errors="0">\n` +
        `${cases.join('\n')}\n  </testsuite>`,
    };
  });
  const tests = suites.reduce((sum, suite) => sum + suite.tests, 0);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="istio-canary" tests="${tests}" failures="${failing.length}" errors="0">\n` +
    suites.map((s) => `${s.text}\n`).join('') +
    `</testsuites>\n`
  );
}

function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 cannot carry at all (a hostile message must not break the report).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
  );
}

/**
 * GitLab's Code Quality report (a JSON array the merge request widget reads). The fingerprint
 * names the finding without its line, so a finding that only moved is not reported as new;
 * repeats of the same finding in one file are told apart by their order.
 */
export function formatGitlab(findings: readonly Finding[]): string {
  const severity = { error: 'major', warning: 'minor', info: 'info' } as const;
  const seen = new Map<string, number>();
  const issues = findings.map((f) => {
    const key = [toPosix(f.file), f.code, f.message].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      type: 'issue',
      check_name: f.code,
      description: f.message,
      categories: ['Bug Risk'],
      severity: severity[f.severity],
      fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
      location: { path: toPosix(f.file), lines: { begin: f.line, end: f.endLine } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The report of `istio-canary check` in one of CHECK_FORMATS. */
export function formatCheck(
  format: CheckFormat,
  findings: readonly Finding[],
  context: { version: string; colour: boolean; filesChecked: readonly string[] },
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(findings, null, 2) + '\n';
    case 'sarif':
      return formatSarif(findings, context.version);
    case 'github':
      return formatGithub(findings);
    case 'junit':
      return formatJunit(findings, context.filesChecked);
    case 'gitlab':
      return formatGitlab(findings);
    case 'text':
      return formatText(findings, { colour: context.colour, filesChecked: context.filesChecked.length });
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
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
    /** The route's timeout and retries in plain words (`timeout 5s`); empty when it sets neither. */
    options: string[];
    destinations: {
      host: string;
      subset: string | null;
      port: number | null;
      weight: number | null;
      percent: number;
      /** Why the share reaches no Service (those requests get 503); absent when it does. */
      unavailable?: string;
    }[];
    /** The controller that steps this route's weights, with its plan; null when none does. */
    owner: {
      controller: string;
      kind: string;
      namespace: string;
      name: string;
      steps: { kind: string; weight: number | null; text: string }[];
      interval: string | null;
      plan: string;
    } | null;
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
      options: route.options ?? [],
      destinations: route.destinations.map((d) => ({
        host: d.host,
        subset: d.subset ?? null,
        port: d.port ?? null,
        weight: d.weight ?? null,
        percent: d.percent,
        ...(d.unavailable !== undefined ? { unavailable: d.unavailable } : {}),
      })),
      owner: route.owner
        ? {
            controller: route.owner.controller,
            kind: route.owner.kind,
            namespace: route.owner.namespace,
            name: route.owner.name,
            steps: route.owner.plan.steps.map((s) => ({
              kind: s.kind,
              weight: s.weight ?? null,
              text: s.text,
            })),
            interval: route.owner.plan.interval ?? null,
            plan: route.owner.plan.text,
          }
        : null,
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
    // Gateway API routes list rules and attach through parentRefs.
    const gatewayApi = resource.kind === 'HTTPRoute' || resource.kind === 'GRPCRoute';
    lines.push(
      gatewayApi
        ? `  hostnames: ${resource.hosts.join(', ') || 'any'}   parents: ${resource.gateways.join(', ') || '—'}`
        : `  hosts: ${resource.hosts.join(', ') || '—'}   gateways: ${resource.gateways.join(', ') || 'mesh'}`,
    );
    for (const route of resource.routes) {
      const list = gatewayApi ? 'rules' : route.protocol;
      const label = `${list}[${route.index}]${route.name ? ` ${route.name}` : ''}`;
      lines.push(`  ${label}: ${route.matchText.join(' | ')}`);
      if (route.options?.length) lines.push(`    ${route.options.join(', ')}`);
      // A controller steps this route: its plan beside the resting split below.
      if (route.owner) {
        lines.push(
          `    ${route.owner.statement} (${route.owner.kind} ${route.owner.namespace}/${route.owner.name}):`,
        );
        lines.push(`    plan: ${route.owner.plan.text}`);
        lines.push('    resting split:');
      }
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
          `    ${ch} ${String(d.percent).padStart(6)}%  ${target}${d.weight !== undefined ? `  (weight ${d.weight})` : ''}${d.unavailable !== undefined ? `  → 503: ${d.unavailable.slice(0, d.unavailable.indexOf(' ('))}` : ''}`,
        );
      });
      for (const p of route.problems) lines.push(`    ! ${p}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
