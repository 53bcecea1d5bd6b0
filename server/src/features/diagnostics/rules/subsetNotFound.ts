import { closest } from '../../../text/suggest';
import { hostForms } from '../../../istio/hosts';
import {
  closedWorld,
  definesSubset,
  destinationRulesForHost,
  subsetNamesForHost,
  unexpandedServiceHost,
} from '../../../workspace/resolve';
import { liveContext } from '../../../cluster/liveResources';
import type { Rule } from '../ruleTypes';
import { destinationsIn, judgeUnknownHost, listCode, lookupOf, serviceNamesOf } from './crossFile';

/**
 * The closest existing subset name, except another version of a numbered series: `v3` is not
 * a misspelt `v1`, it is a version nobody has defined yet.
 */
function suggestSubset(name: string, names: readonly string[]): string | undefined {
  const near = closest(name, names);
  if (!near) return undefined;
  const a = /^(.*?)(\d+)$/.exec(name);
  const b = /^(.*?)(\d+)$/.exec(near);
  if (a && b && a[1] === b[1] && a[2] !== b[2]) return undefined;
  return near;
}

export const subsetNotFound: Rule = {
  code: 'subset-not-found',
  defaultSeverity: 'error',
  summary:
    'A route destination or mirror names a subset that no DestinationRule for its host defines, in any file, version or (with a cluster snapshot) the cluster (istioctl IST0101). Quiet when the workspace has no DestinationRule at all, unless a snapshot of all namespaces or `completeWorkspace` says there is none anywhere.',
  istioctl: ['IST0101'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    const anyClosed = closedWorld(lookup, 'networking.istio.io/DestinationRule', undefined);
    if (lookup.destinationRules.length === 0 && !anyClosed) return;
    for (const { destination, host, namespace, subject, mirror } of destinationsIn(
      context.file.resources,
      lookup.defaultNamespace,
    )) {
      const subset = destination.subset;
      if (!subset || subset.value === '') continue;
      // A defined subset, the usual case, is asked about first.
      if (definesSubset(lookup, host.value, subset.value, namespace)) continue;
      // A Service name cut short (`reviews.prod`) is reported, with its fix, by unexpanded-host.
      if (unexpandedServiceHost(lookup, host.value, namespace)) continue;
      const fails = mirror ? 'the mirrored copies fail' : 'requests to it fail with 503';
      const rules = destinationRulesForHost(lookup, host.value, namespace);
      if (rules.length === 0) {
        // A misspelt host is reported (with its fix) by host-not-found; its subset is judged after.
        const judged = judgeUnknownHost(
          lookup,
          host,
          namespace,
          subject,
          serviceNamesOf(context, lookup),
          context.file.uri,
        );
        if (judged?.likelyTypo && !judged.otherNamespace) continue;
        const fqdn = hostForms(host.value, namespace)[0];
        const read = fqdn && fqdn !== host.value ? ` (read as \`${fqdn}\`)` : '';
        report({
          span: subset.span,
          message: `Subset \`${subset.value}\` is not defined: no DestinationRule has host \`${host.value}\`${read}${anyClosed ? ` ${anyClosed.where}` : ''}. Add a DestinationRule for it with a subset \`${subset.value}\` (${fails} until then).`,
          ...(anyClosed ? { data: { source: anyClosed.source } } : {}),
        });
        continue;
      }
      // A DestinationRule of this file whose `subsets` has the wrong shape is reported by
      // type-mismatch; reporting its subsets missing as well would only repeat that.
      const broken = rules.some(
        (r) =>
          r.uri === context.file.uri &&
          context.analysis.schemaIssues.some(
            (i) => i.code === 'type-mismatch' && i.span.start >= r.span.start && i.span.end <= r.span.end,
          ),
      );
      if (broken) continue;
      const names = subsetNamesForHost(lookup, host.value, namespace);
      const suggestion = suggestSubset(subset.value, names);
      // What the cluster says counts: the finding rests on the live DestinationRules.
      const liveAt = rules.map(liveContext).find((c) => c !== undefined);
      const liveSource = liveAt !== undefined ? `cluster:${liveAt}` : undefined;
      const ruleNames = [
        ...new Set(
          rules.map((r) => {
            const context = liveContext(r);
            return `${r.name?.value ?? '(unnamed)'}${context !== undefined ? ` (live in ${context})` : ''}`;
          }),
        ),
      ];
      const defined = names.length ? `defines ${listCode(names)}` : 'defines no subsets';
      report({
        span: subset.span,
        message:
          `Subset \`${subset.value}\` is not defined for host \`${host.value}\`: DestinationRule ${ruleNames.join(', ')} ` +
          `${defined}. ${suggestion ? `Did you mean \`${suggestion}\`?` : `Add subset \`${subset.value}\` there or route to an existing one.`}`,
        ...(suggestion || liveSource
          ? {
              data: {
                ...(suggestion ? { replacement: suggestion } : {}),
                ...(liveSource ? { source: liveSource } : {}),
              },
            }
          : {}),
        related: rules.flatMap((r) =>
          r.host
            ? [
                {
                  uri: r.uri,
                  span: r.host.span,
                  message: `DestinationRule ${r.name?.value ?? ''} for this host`,
                },
              ]
            : [],
        ),
      });
    }
  },
};
