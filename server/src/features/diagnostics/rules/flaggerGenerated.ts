// The resources Flagger will generate from a Canary (features/flagger/generated.ts: the
// VirtualService `<apex>`, DestinationRules `<apex>-canary` / `<apex>-primary`, Services) are
// checked with every rule, with the workspace, like hand-written ones; what they get is reported
// on the Canary's name with the rule's code and severity in the message, since no file holds them.
// What Flagger writes during the analysis (features/flagger/generated.ts `phases`: session
// affinity routes, mirroring, A/B routes at the step's weights) is analysed the same way, and
// Flagger's own refusals (delegation with hosts or gateways) are errors on the Canary.
// Not when the workspace holds a VirtualService of that name (Flagger takes it over; it is checked
// as written), and not gateway-not-found / gateway-host-mismatch, which flagger-canary reports on
// the Canary's own `gateways` and `hosts` (Flagger's apex host is never for the gateways to serve).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { isFlaggerCanary } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { createSourceFile } from '../../../sourceFile';
import { DEFAULT_PARSE_LIMITS } from '../../../syntax/parseYaml';
import { flaggerGeneratedResources } from '../../flagger/generated';
import type { Rule, Severity } from '../ruleTypes';
import { lookupOf } from './crossFile';

const SEVERITIES: Record<number, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
};
const REPORTED_BY_FLAGGER_CANARY = new Set(['gateway-not-found', 'gateway-host-mismatch']);
// During the analysis Flagger keeps a copy of the weighted route in front of it (session affinity
// with no canary traffic, getSessionAffinityRouteRules): a dead route of Flagger's making that
// nothing in the Canary changes, so route-order findings new in a phase are not reported.
const FLAGGER_ROUTE_ORDER = new Set(['ineffective-match', 'unreachable-route']);

export const flaggerGenerated: Rule = {
  code: 'flagger-generated',
  wholeFile: true,
  defaultSeverity: 'warning',
  summary:
    'A VirtualService, DestinationRule or Service Flagger will generate from a Canary has a finding (any rule, with its own severity).',
  crossFile: true,
  check(context, report) {
    const { file, settings, diagnoseGenerated } = context;
    const canaries = file.resources.filter(isFlaggerCanary);
    if (canaries.length === 0 || !diagnoseGenerated) return;
    const lookup = lookupOf(context);
    for (const canary of canaries) {
      if (!canary.name) continue;
      const namespace = namespaceOf(canary, settings.defaultNamespace);
      const generated = flaggerGeneratedResources(canary, namespace);
      if (!generated) continue;
      for (const refusal of generated.refusals)
        report({
          span: canary.name.span,
          severity: 'error',
          message: `Flagger refuses to generate the VirtualService from this Canary: "${refusal}".`,
          data: { generated: generated.uri },
          related: [],
        });
      const handWritten = lookup.virtualServices.some(
        (vs) => vs.name?.value === generated.apex && namespaceOf(vs, settings.defaultNamespace) === namespace,
      );
      if (handWritten) continue;
      // The resting resources, then what Flagger writes during the analysis: a finding of a phase
      // is reported when the resting state does not already have it.
      const seen = new Set<string>();
      const sets = [
        { uri: generated.uri, text: generated.text, during: undefined as string | undefined },
        ...generated.phases
          .filter((p) => p.reshapes)
          .map((p) => ({ uri: p.uri, text: p.text, during: p.label })),
      ];
      for (const { uri, text, during } of sets) {
        const document = TextDocument.create(uri, 'yaml', 1, text);
        const generatedFile = createSourceFile(document, DEFAULT_PARSE_LIMITS);
        for (const d of diagnoseGenerated(generatedFile).diagnostics) {
          const severity = SEVERITIES[d.severity ?? DiagnosticSeverity.Warning];
          if (!severity || REPORTED_BY_FLAGGER_CANARY.has(String(d.code))) continue;
          if (during !== undefined && FLAGGER_ROUTE_ORDER.has(String(d.code))) continue;
          const offset = document.offsetAt(d.range.start);
          const resource = generatedFile.resources.find(
            (r) => offset >= r.span.start && offset <= r.span.end,
          );
          const where = resource ? `${resource.kind} ${resource.name?.value ?? ''}` : 'resources';
          const message = typeof d.message === 'string' ? d.message : d.message.value;
          const key = `${where}\u0000${String(d.code)}\u0000${message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const when =
            during === undefined
              ? `In the ${where} Flagger generates from this Canary`
              : `In the ${where} Flagger writes during the analysis (${during})`;
          report({
            span: canary.name.span,
            severity,
            message: `${when}, ${String(d.code)}: ${message}`,
            data: { code: d.code, generated: generated.uri },
            related: [],
          });
        }
      }
    }
  },
};
