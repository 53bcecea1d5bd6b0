import { isServiceEntry, type ServiceEntry } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { hostForms } from '../../../istio/hosts';
import { qualifiedName, resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

export const conflictingServiceEntryProtocols: Rule = {
  code: 'conflicting-service-entry-protocols',
  defaultSeverity: 'warning',
  summary:
    'Two different ServiceEntries give the same host and port different protocols; Istio can use only one (istioctl IST0177).',
  istioctl: ['IST0177'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    const defaultNamespace = lookup.defaultNamespace;
    for (const entry of context.file.resources) {
      if (!isServiceEntry(entry)) continue;
      const identity = resourceIdentity(entry, defaultNamespace);
      const ns = namespaceOf(entry, defaultNamespace);
      for (const host of entry.hosts) {
        const clashes = new Map<
          string,
          { other: ServiceEntry; port: number; protocol: string; mine: string }
        >();
        for (const form of hostForms(host.value, ns)) {
          for (const other of lookup.serviceEntriesByHost.get(form) ?? []) {
            const id = resourceIdentity(other, defaultNamespace);
            if (id === undefined || id === identity || clashes.has(id)) continue;
            for (const mine of entry.ports) {
              if (mine.number === undefined || !mine.protocol) continue;
              const theirs = other.ports.find(
                (p) =>
                  p.number === mine.number &&
                  p.protocol &&
                  p.protocol.toUpperCase() !== mine.protocol!.toUpperCase(),
              );
              if (theirs) {
                clashes.set(id, {
                  other,
                  port: mine.number,
                  protocol: theirs.protocol!,
                  mine: mine.protocol,
                });
                break;
              }
            }
          }
        }
        if (clashes.size === 0) continue;
        const list = [...clashes.values()];
        const described = list
          .map(
            ({ other, port, protocol }) =>
              `ServiceEntry ${qualifiedName(other, defaultNamespace)} declares port ${port} as ${protocol}`,
          )
          .join('; ');
        report({
          span: host.span,
          message: `Conflicting protocols for \`${host.value}\`: ${described}, this one as ${list[0]!.mine}. Istio applies only one; use the same protocol or a single ServiceEntry.`,
          related: list.flatMap(({ other }) =>
            other.name
              ? [{ uri: other.uri, span: other.name.span, message: `ServiceEntry ${other.name.value}` }]
              : [],
          ),
        });
      }
    }
  },
};
