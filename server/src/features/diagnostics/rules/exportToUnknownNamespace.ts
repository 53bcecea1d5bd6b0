// Kiali's KIA0005 (business/checkers/common/export_to_namespace_checker.go): an `exportTo` entry
// of a VirtualService, DestinationRule or ServiceEntry that names a namespace nobody knows of.
// Kiali compares with the namespaces of its cluster; we compare with the namespaces of the
// workspace's resources (and Namespace objects), plus those of the cluster snapshot when one is
// loaded. Istio accepts the name (the namespace may come later), so this is information only,
// whatever the world (Kiali marks it an error). `.`, `*`, `~` and names Istio refuses
// (invalid-export-to) are not judged here.
import {
  isDestinationRule,
  isServiceEntry,
  isVirtualService,
  type DestinationRule,
  type ServiceEntry,
  type VirtualService,
} from '../../../model/resources';
import { isDns1123Label } from '../../../istio/webhook';
import { asMap, asSeq, getValue, spanOf, stringValue } from '../../../syntax/yamlAst';
import { resourceDocument } from '../../../syntax/resourceDocument';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

export const exportToUnknownNamespace: Rule = {
  code: 'export-to-unknown-namespace',
  defaultSeverity: 'info',
  summary:
    '`exportTo` names a namespace that no resource of the workspace (or of the loaded cluster snapshot) lives in (Kiali KIA0005); often a typo.',
  crossFile: true,
  check(context, report) {
    const { file } = context;
    const exporting = file.resources.filter(
      (r): r is VirtualService | DestinationRule | ServiceEntry =>
        (isVirtualService(r) || isDestinationRule(r) || isServiceEntry(r)) && r.exportTo.length > 0,
    );
    if (exporting.length === 0) return;
    const lookup = lookupOf(context);
    const known = lookup.namespaces;
    const where =
      lookup.world.kind === 'cluster'
        ? `Neither the workspace nor context ${lookup.world.context} has`
        : 'No resource of the workspace lives in';
    const unknown = (value: string) =>
      value !== '.' && value !== '*' && value !== '~' && isDns1123Label(value) && !known.has(value);
    for (const resource of exporting) {
      if (!resource.exportTo.some(unknown)) continue;
      // The model keeps the entries without positions: find them in the resource's document.
      const doc = resourceDocument(file.yaml, file.document.getText(), resource);
      if (!doc) continue;
      const spec = asMap(getValue(asMap(doc.contents, doc), 'spec'), doc);
      for (const item of asSeq(getValue(spec, 'exportTo'), doc)?.items ?? []) {
        const value = stringValue(item, doc);
        const span = spanOf(item);
        if (value === undefined || !span || !unknown(value)) continue;
        report({
          span,
          message: `${where} namespace \`${value}\`; check the name. (Istio accepts it: the namespace may be created later.)`,
        });
      }
    }
  },
};
