import { readTypeMeta } from '../../../model/readResources';
import { resourceRoots } from '../../../model/resourceRoots';
import { ISTIO_KINDS, findKindSchemaByKind, isKnownGroup } from '../../../schema/schemaAt';
import { closest } from '../../../text/suggest';
import type { Rule } from '../ruleTypes';

export const unknownKind: Rule = {
  code: 'unknown-kind',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A kind that the Istio networking API (or KubeVela core.oam.dev) does not define, usually a typo.',
  check({ file }, report) {
    for (const document of file.yaml.documents)
      for (const root of resourceRoots(document)) {
        const meta = readTypeMeta(root, document.doc);
        if (!meta || !isKnownGroup(meta.apiVersion.value) || findKindSchemaByKind(meta.kind.value)) continue;
        const group = meta.apiVersion.value.split('/')[0];
        // Other kinds of these groups exist upstream (Sidecar, EnvoyFilter, Application...) and are not ours to judge.
        if (group === 'core.oam.dev' || KNOWN_OTHER_KINDS.has(meta.kind.value)) continue;
        const suggestion = closest(meta.kind.value, ISTIO_KINDS);
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
