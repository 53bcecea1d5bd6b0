// Kiali's KIA1211 (business/checkers/serviceentries/multi_match_checker.go): two different
// ServiceEntries declare the same host (compared as written, ignoring case) with the same port
// number. Like Kiali, namespaces are not considered, and a host and port whose entries disagree
// on the protocol are KIA1212 instead, which is conflicting-service-entry-protocols (istioctl
// IST0177) here. Istio keeps one service per host and namespace (the oldest ServiceEntry), so the
// other's resolution, endpoints or settings may be ignored. Versions of one ServiceEntry in
// several files are one.
import { isServiceEntry, type ServiceEntry } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { hostForms } from '../../../istio/hosts';
import { qualifiedName, resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

export const duplicateServiceEntryHost: Rule = {
  code: 'duplicate-service-entry-host',
  defaultSeverity: 'warning',
  summary:
    'Two different ServiceEntries declare the same host and port with the same protocol (Kiali KIA1211); Istio keeps only one definition per namespace.',
  crossFile: true,
  check(context, report) {
    const entries = context.file.resources.filter(isServiceEntry);
    if (entries.length === 0) return;
    const lookup = lookupOf(context);
    const defaultNamespace = lookup.defaultNamespace;
    for (const entry of entries) {
      const identity = resourceIdentity(entry, defaultNamespace);
      const ns = namespaceOf(entry, defaultNamespace);
      for (const host of entry.hosts) {
        const written = host.value.toLowerCase();
        // Every ServiceEntry (one version per identity) declaring this host as written.
        const sharing = new Map<string, ServiceEntry>();
        if (identity !== undefined) sharing.set(identity, entry);
        for (const form of hostForms(host.value, ns))
          for (const other of lookup.serviceEntriesByHost.get(form) ?? []) {
            const id = resourceIdentity(other, defaultNamespace);
            if (id === undefined || sharing.has(id)) continue;
            if (other.hosts.some((h) => h.value.toLowerCase() === written)) sharing.set(id, other);
          }
        if (sharing.size < 2) continue;
        const duplicated: { port: number; others: ServiceEntry[] }[] = [];
        for (const port of entry.ports) {
          if (port.number === undefined || duplicated.some((d) => d.port === port.number)) continue;
          const protocols = new Set<string>();
          const others: ServiceEntry[] = [];
          for (const [id, candidate] of sharing)
            for (const p of candidate.ports)
              if (p.number === port.number) {
                protocols.add((p.protocol ?? '').toUpperCase());
                if (id !== identity && !others.includes(candidate)) others.push(candidate);
              }
          // Different protocols for the host and port: KIA1212, conflicting-service-entry-protocols.
          if (others.length > 0 && protocols.size === 1) duplicated.push({ port: port.number, others });
        }
        if (duplicated.length === 0) continue;
        const others = [...new Set(duplicated.flatMap((d) => d.others))];
        const names = others.map((o) => `ServiceEntry ${qualifiedName(o, defaultNamespace)}`).join(', ');
        const ports = duplicated.map((d) => d.port).join(', ');
        report({
          span: host.span,
          message: `${names} also declare${others.length === 1 ? 's' : ''} host \`${host.value}\` on port ${ports} with the same protocol; Istio keeps one definition per namespace, so the other's settings may be ignored. Declare each host and port once.`,
          related: others.flatMap((o) =>
            o.name ? [{ uri: o.uri, span: o.name.span, message: `ServiceEntry ${o.name.value}` }] : [],
          ),
        });
      }
    }
  },
};
