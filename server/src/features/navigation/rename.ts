// Rename of subsets and gateways: the definition and every reference, across files, in one
// WorkspaceEdit. Each edit replaces exactly the characters of the name (quotes and a
// `namespace/` prefix stay as written).
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { namespaceIn, rangeOf, type NavigationContext } from './context';
import { occurrencesOf, targetAt, type NavigationTarget } from './targets';

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };
export type RenameResult = { edit: WorkspaceEdit } | { error: string };

/** Kubernetes object names and Istio subset names are DNS-1123 labels. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** An http route name is free text to Istio; keep it a plain token Argo's `routes` can name. */
const ROUTE_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,251}[A-Za-z0-9])?$/;
const CANNOT =
  'Only subsets, gateways, listeners, VirtualService and DestinationRule names and http route names can be renamed.';

export function prepareRename(context: NavigationContext, offset: number): PrepareRenameResult {
  const target = targetAt(context, offset);
  const problem = notRenameable(target);
  if (problem || !target) return { error: problem ?? CANNOT };
  if (!target.at.nameSpan)
    return { error: `This ${kindWord(target)} name is written in a form that cannot be renamed in place.` };
  return { range: rangeOf(context, target.at.uri, target.at.nameSpan), placeholder: nameOf(target) };
}

export function rename(context: NavigationContext, offset: number, newName: string): RenameResult {
  const target = targetAt(context, offset);
  const problem = notRenameable(target);
  if (problem || !target) return { error: problem ?? CANNOT };
  const name = newName.trim();
  if (target.kind === 'route' ? !ROUTE_NAME.test(name) : !DNS_LABEL.test(name)) {
    return {
      error:
        target.kind === 'route'
          ? `"${newName}" is not a usable route name: use letters, digits, '-', '_' and '.', starting and ending with a letter or digit.`
          : `"${newName}" is not a valid ${kindWord(target)} name: use lower-case letters, digits and '-', starting and ending with a letter or digit (at most 63 characters).`,
    };
  }
  if (target.kind === 'subset') {
    const clash = target.rules.find((rule) => rule.subsets.some((s) => s.name.value === name));
    if (clash && name !== target.name) {
      const rule = clash.name ? `DestinationRule ${clash.name.value}` : 'The DestinationRule';
      return { error: `${rule} already defines subset "${name}".` };
    }
  }
  if (target.kind === 'route' && name !== target.name) {
    const clash = context.lookup.virtualServices.some(
      (vs) =>
        vs.name !== undefined &&
        `${namespaceIn(context, vs)}/${vs.name.value}` === target.virtualService &&
        vs.routes.some((r) => r.protocol === 'http' && r.name === name),
    );
    if (clash)
      return { error: `VirtualService ${target.virtualService} already has an http route "${name}".` };
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const occurrence of occurrencesOf(context, target)) {
    // A name in an unusual form (escaped, folded) is left alone rather than guessed at.
    if (!occurrence.nameSpan) continue;
    (changes[occurrence.uri] ??= []).push({
      range: rangeOf(context, occurrence.uri, occurrence.nameSpan),
      newText: name,
    });
  }
  return { edit: { changes } };
}

function notRenameable(target: NavigationTarget | undefined): string | undefined {
  if (!target) return CANNOT;
  if (target.kind === 'host')
    return 'Hosts are not renamed here: they name Services and external hosts outside these files.';
  return undefined;
}

function nameOf(target: NavigationTarget): string {
  return target.kind === 'host' ? target.host : target.name;
}

/** How a target is called in messages. */
function kindWord(target: NavigationTarget): string {
  switch (target.kind) {
    case 'k8s-gateway':
      return 'gateway';
    case 'virtual-service':
    case 'delegate':
      return 'VirtualService';
    case 'destination-rule':
      return 'DestinationRule';
    default:
      return target.kind;
  }
}
