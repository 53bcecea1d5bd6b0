import { readTypeMeta } from '../../../model/readResources';
import { resourceRoots } from '../../../model/resourceRoots';
import {
  findKindSchema,
  findKindSchemaByKind,
  isKnownGroup,
  knownApiVersionsFor,
} from '../../../schema/schemaAt';
import type { Rule } from '../ruleTypes';

export const unknownApiVersion: Rule = {
  code: 'unknown-api-version',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    'An Istio kind with an apiVersion that does not serve it (e.g. networking.istio.io/v2, or a typo in the group).',
  check({ file }, report) {
    for (const document of file.yaml.documents)
      for (const root of resourceRoots(document)) {
        const meta = readTypeMeta(root, document.doc);
        if (!meta) continue;
        const { apiVersion, kind } = meta;
        const schema = findKindSchemaByKind(kind.value);
        if (!schema || findKindSchema(apiVersion.value, kind.value)) continue;
        const group = apiVersion.value.split('/')[0] ?? '';
        // A same-named kind of some other group (e.g. gateway.networking.k8s.io Gateway) is not ours.
        if (!isKnownGroup(apiVersion.value) && !looksLikeTypo(group, schema.group)) continue;
        const served = knownApiVersionsFor(kind.value);
        report({
          span: apiVersion.span,
          message: `${apiVersion.value} does not serve ${kind.value}; use ${served[0]}${served.length > 1 ? ` (also served: ${served.slice(1).join(', ')})` : ''}.`,
          data: { replacement: served[0] },
        });
      }
  },
};

function looksLikeTypo(group: string, expected: string): boolean {
  if (group === expected) return true;
  // networking.istio.i0, networking-istio.io, networking.isito.io ...
  let same = 0;
  const a = group.toLowerCase();
  for (let i = 0; i < Math.min(a.length, expected.length); i++) if (a[i] === expected[i]) same++;
  return a.includes('istio') || a.includes('isito') || same >= expected.length - 3;
}
