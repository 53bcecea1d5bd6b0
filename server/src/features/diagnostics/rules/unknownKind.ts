import { readTypeMeta } from '../../../model/readResources';
import { resourceRoots } from '../../../model/resourceRoots';
import { ISTIO_SCHEMAS } from '../../../schema/istioSchemas.generated';
import { findGroupKindSchema, splitApiVersion } from '../../../schema/schemaAt';
import { closest } from '../../../text/suggest';
import type { Rule } from '../ruleTypes';

/** The one group whose kinds we know well enough to call any other kind of it a typo. */
const JUDGED_GROUP = 'networking.istio.io';

const JUDGED_KINDS: readonly string[] = ISTIO_SCHEMAS.filter((s) => s.group === JUDGED_GROUP).map(
  (s) => s.kind,
);

export const unknownKind: Rule = {
  code: 'unknown-kind',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A kind that the Istio networking API does not define, usually a typo.',
  check({ file }, report) {
    for (const document of file.yaml.documents)
      for (const root of resourceRoots(document)) {
        const meta = readTypeMeta(root, document.doc);
        const group = meta && splitApiVersion(meta.apiVersion.value)?.group;
        if (!meta || group !== JUDGED_GROUP || findGroupKindSchema(group, meta.kind.value)) continue;
        // Other kinds of this group exist upstream (Sidecar, EnvoyFilter...) and are not ours to
        // judge. The other groups we have schemas for (the Gateway API, argoproj.io, flagger.app,
        // core.oam.dev) have many kinds we do not model (TCPRoute, AnalysisTemplate, MetricTemplate).
        if (KNOWN_OTHER_KINDS.has(meta.kind.value)) continue;
        const suggestion = closest(meta.kind.value, JUDGED_KINDS);
        if (!suggestion) continue;
        report({
          span: meta.kind.span,
          message: `${meta.apiVersion.value} has no kind \`${meta.kind.value}\`; did you mean \`${suggestion}\`?`,
          data: { replacement: suggestion },
        });
      }
  },
};

const KNOWN_OTHER_KINDS: ReadonlySet<string> = new Set([
  'Sidecar',
  'EnvoyFilter',
  'WorkloadEntry',
  'WorkloadGroup',
  'ProxyConfig',
]);
