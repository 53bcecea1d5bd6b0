import { readTypeMeta } from '../../../model/readResources';
import { resourceRoots } from '../../../model/resourceRoots';
import {
  findKindSchema,
  isKnownGroup,
  kindSchemasNamed,
  servedApiVersions,
  splitApiVersion,
} from '../../../schema/schemaAt';
import type { KindSchema } from '../../../schema/schemaTypes';
import type { Rule } from '../ruleTypes';

export const unknownApiVersion: Rule = {
  code: 'unknown-api-version',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    'A kind we have a schema for with an apiVersion that does not serve it (e.g. networking.istio.io/v2, or a typo in the group).',
  check({ file }, report) {
    for (const document of file.yaml.documents)
      for (const root of resourceRoots(document)) {
        const meta = readTypeMeta(root, document.doc);
        if (!meta) continue;
        const { apiVersion, kind } = meta;
        const candidates = kindSchemasNamed(kind.value);
        if (candidates.length === 0 || findKindSchema(apiVersion.value, kind.value)) continue;
        const schema = intendedSchema(apiVersion.value, candidates);
        if (!schema) continue;
        const served = servedApiVersions(schema);
        report({
          span: apiVersion.span,
          message: `${apiVersion.value} does not serve ${kind.value}; use ${served[0]}${served.length > 1 ? ` (also served: ${served.slice(1).join(', ')})` : ''}.`,
          data: { replacement: served[0] },
        });
      }
  },
};

/**
 * Which of the kinds of this name the author meant: the one of the same group (an unserved
 * version), else the one whose group the apiVersion misspells, else (when the group is one of
 * ours but lacks the kind) the only kind of that name. A same-named kind of some other group
 * (a `Gateway` of a vendor's API) is not ours: undefined.
 */
function intendedSchema(apiVersion: string, candidates: readonly KindSchema[]): KindSchema | undefined {
  const group = splitApiVersion(apiVersion)?.group ?? apiVersion.split('/')[0] ?? '';
  const sameGroup = candidates.find((schema) => schema.group === group);
  if (sameGroup) return sameGroup;
  const typo = candidates.filter((schema) => looksLikeTypo(group, schema.group));
  if (typo.length === 1) return typo[0];
  return isKnownGroup(apiVersion) && candidates.length === 1 ? candidates[0] : undefined;
}

function looksLikeTypo(group: string, expected: string): boolean {
  if (group === expected) return true;
  // networking.istio.i0, networking-istio.io, networking.isito.io, gateway.networking.k8s.i0 ...
  let same = 0;
  const a = group.toLowerCase();
  for (let i = 0; i < Math.min(a.length, expected.length); i++) if (a[i] === expected[i]) same++;
  const istioLike = expected.includes('istio') && (a.includes('istio') || a.includes('isito'));
  return istioLike || same >= expected.length - 3;
}
