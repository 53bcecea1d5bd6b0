// Flagger's Canary (flagger.app): Flagger generates the routing from it, so what it names must
// exist and its step settings must make sense. Checked: `targetRef` names a workload of the
// workspace (a warning: it may be deployed from elsewhere); each of `service.gateways` exists
// (`mesh` is built in) and one of its servers accepts each of `service.hosts`;
// `analysis.stepWeight` ≤ `maxWeight` ≤ 100; `stepWeights` ascending, each within 1..100.
import type { Document } from '../../../syntax/yamlAst';
import { namespaceOf } from '../../../model/namespaces';
import type { Located } from '../../../model/resources';
import { asMap, asScalar, asSeq, getValue, spanOf, stringValue } from '../../../syntax/yamlAst';
import { hostsOverlap } from '../../../istio/hosts';
import { resourceDocument } from '../../../syntax/resourceDocument';
import type { Rule } from '../ruleTypes';
import { gatewayNameIndex } from '../../../workspace/lookupIndexes';
import { closedWorld, resolveGatewayRef } from '../../../workspace/resolve';
import { derivedIndex, lookupOf } from './crossFile';

export const flaggerCanary: Rule = {
  code: 'flagger-canary',
  defaultSeverity: 'error',
  summary:
    "A Flagger Canary's targetRef or gateways are not in the workspace, a gateway does not serve its hosts, or its step weights are inconsistent.",
  crossFile: true,
  check(context, report) {
    const { file, settings } = context;
    const canaries = file.resources.filter(
      (r) => r.kind === 'Canary' && r.apiVersion.startsWith('flagger.app/'),
    );
    if (canaries.length === 0) return;
    const lookup = lookupOf(context);
    for (const canary of canaries) {
      const doc = resourceDocument(file.yaml, file.document.getText(), canary);
      if (!doc) continue;
      const namespace = namespaceOf(canary, settings.defaultNamespace);
      const spec = asMap(getValue(asMap(doc.contents, doc), 'spec'), doc);
      const targetRef = asMap(getValue(spec, 'targetRef'), doc);
      const targetName = locate(getValue(targetRef, 'name'), doc);
      const targetKind = stringValue(getValue(targetRef, 'kind'), doc);
      const serviceMap = asMap(getValue(spec, 'service'), doc);
      if (targetName) {
        const targets = lookup.workloads.filter(
          (w) =>
            w.name?.value === targetName.value &&
            (!targetKind || w.kind === targetKind) &&
            namespaceOf(w, settings.defaultNamespace) === namespace,
        );
        const found = targets.length > 0;
        // Flagger sends `service.port` to `targetPort` (default: the same number) of the target's
        // pods; a workload that declares container ports should declare that one.
        const port = number(getValue(serviceMap, 'port'), doc);
        const targetPortNode = getValue(serviceMap, 'targetPort');
        const targetPort = number(targetPortNode, doc) ?? locate(targetPortNode, doc) ?? port;
        const declared = targets.flatMap((w) => w.containerPorts ?? []);
        if (targetPort && declared.length > 0) {
          const exposed = declared.some((p) =>
            typeof targetPort.value === 'number'
              ? p.number === targetPort.value
              : p.name === targetPort.value,
          );
          if (!exposed)
            report({
              span: targetPort.span,
              severity: 'warning',
              message: `${targetKind ?? 'Workload'} ${namespace}/${targetName.value} exposes no container port ${typeof targetPort.value === 'number' ? targetPort.value : `named \`${targetPort.value}\``} (it declares ${declared.map((p) => [p.number, p.name].filter((v) => v !== undefined).join(' ')).join(', ')}); Flagger routes the Canary's traffic there.`,
            });
        }
        if (!found)
          report({
            span: targetName.span,
            severity: 'warning',
            message: `${targetKind ?? 'Workload'} ${namespace}/${targetName.value} is not in this workspace; Flagger waits for it to exist.`,
          });
      }
      const service = serviceMap;
      const hosts = (asSeq(getValue(service, 'hosts'), doc)?.items ?? []).map((h) => locate(h, doc));
      for (const item of asSeq(getValue(service, 'gateways'), doc)?.items ?? []) {
        const ref = locate(item, doc);
        if (!ref) continue;
        // Flagger copies these into the VirtualService it writes, so Istio reads them: `mesh`,
        // `ns/name`, the deprecated `name.ns.svc.cluster.local`, or a name in the Canary's namespace.
        const resolved = resolveGatewayRef(lookup, ref.value, namespace);
        if (resolved.kind === 'mesh') continue;
        const key = `${resolved.namespace}/${resolved.name}`;
        const gateways = resolved.gateways;
        if (gateways.length === 0) {
          // As gateway-not-found: a namespace where the workspace has no Gateway at all is left
          // alone (its Gateways live elsewhere) unless the world is closed (cluster snapshot).
          const closed = closedWorld(lookup, 'networking.istio.io/Gateway', resolved.namespace);
          const index = derivedIndex(context, lookup, gatewayNameIndex);
          const elsewhere = index.byName.get(resolved.name)?.[0];
          if (elsewhere) {
            const there = namespaceOf(elsewhere, lookup.defaultNamespace);
            report({
              span: ref.span,
              severity: closed ? 'error' : 'warning',
              message: `Gateway \`${resolved.name}\` is not in namespace ${resolved.namespace}; it is defined in namespace ${there}. Write \`${there}/${resolved.name}\`.`,
            });
            continue;
          }
          if (index.namesInNamespace(resolved.namespace) || closed)
            report({
              span: ref.span,
              severity: closed ? 'error' : 'warning',
              message: closed
                ? `No Gateway \`${resolved.name}\` in namespace ${resolved.namespace} ${closed.where}.`
                : `Gateway ${key} is not defined in this workspace.`,
              ...(closed ? { data: { source: closed.source } } : {}),
            });
          continue;
        }
        for (const host of hosts) {
          if (!host) continue;
          const served = gateways.some((g) =>
            g.servers.some((s) =>
              s.hosts.some((h) => hostsOverlap(h.value.replace(/^[^/]*\//, ''), host.value)),
            ),
          );
          if (!served)
            report({
              span: host.span,
              severity: 'warning',
              message: `No server of Gateway ${key} accepts host \`${host.value}\`; requests for it through that gateway get 404.`,
            });
        }
      }
      const analysis = asMap(getValue(spec, 'analysis'), doc);
      const stepWeight = number(getValue(analysis, 'stepWeight'), doc);
      const maxWeight = number(getValue(analysis, 'maxWeight'), doc);
      if (maxWeight && (maxWeight.value > 100 || maxWeight.value <= 0))
        report({ span: maxWeight.span, message: `maxWeight ${maxWeight.value} must be within 1..100.` });
      if (stepWeight && maxWeight && stepWeight.value > maxWeight.value)
        report({
          span: stepWeight.span,
          message: `stepWeight ${stepWeight.value} is larger than maxWeight ${maxWeight.value}: the first step would already pass the maximum.`,
        });
      let previous: number | undefined;
      for (const item of asSeq(getValue(analysis, 'stepWeights'), doc)?.items ?? []) {
        const weight = number(item, doc);
        if (!weight) continue;
        if (weight.value <= 0 || weight.value > 100)
          report({ span: weight.span, message: `Step weight ${weight.value} must be within 1..100.` });
        else if (previous !== undefined && weight.value <= previous)
          report({
            span: weight.span,
            message: `stepWeights must ascend: ${weight.value} comes after ${previous}.`,
          });
        previous = weight.value;
      }
    }
  },
};

function locate(node: unknown, doc: Document): Located<string> | undefined {
  const value = stringValue(node, doc);
  const span = spanOf(asScalar(node, doc));
  return value !== undefined && span ? { value, span } : undefined;
}

function number(node: unknown, doc: Document): Located<number> | undefined {
  const scalar = asScalar(node, doc);
  const span = spanOf(scalar);
  return scalar && span && typeof scalar.value === 'number' ? { value: scalar.value, span } : undefined;
}
