// Rename of subsets and gateways: the definition and every reference, across files, in one
// WorkspaceEdit. Each edit replaces exactly the characters of the name (quotes and a
// `namespace/` prefix stay as written).
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { rangeOf, type NavigationContext } from './context';
import { occurrencesOf, targetAt, type NavigationTarget } from './targets';

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };
export type RenameResult = { edit: WorkspaceEdit } | { error: string };

/** Kubernetes object names and Istio subset names are DNS-1123 labels. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export function prepareRename(context: NavigationContext, offset: number): PrepareRenameResult {
  const target = targetAt(context, offset);
  const problem = notRenameable(target);
  if (problem || !target) return { error: problem ?? 'Only subsets, gateways and listeners can be renamed.' };
  if (!target.at.nameSpan)
    return { error: `This ${kindWord(target)} name is written in a form that cannot be renamed in place.` };
  return { range: rangeOf(context, target.at.uri, target.at.nameSpan), placeholder: nameOf(target) };
}

export function rename(context: NavigationContext, offset: number, newName: string): RenameResult {
  const target = targetAt(context, offset);
  const problem = notRenameable(target);
  if (problem || !target) return { error: problem ?? 'Only subsets, gateways and listeners can be renamed.' };
  const name = newName.trim();
  if (!DNS_LABEL.test(name)) {
    return {
      error: `"${newName}" is not a valid ${kindWord(target)} name: use lower-case letters, digits and '-', starting and ending with a letter or digit (at most 63 characters).`,
    };
  }
  if (target.kind === 'subset') {
    const clash = target.rules.find((rule) => rule.subsets.some((s) => s.name.value === name));
    if (clash && name !== target.name) {
      const rule = clash.name ? `DestinationRule ${clash.name.value}` : 'The DestinationRule';
      return { error: `${rule} already defines subset "${name}".` };
    }
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
  if (!target) return 'Only subsets, gateways and listeners can be renamed.';
  if (target.kind === 'host')
    return 'Hosts are not renamed here: they name Services and external hosts outside these files.';
  return undefined;
}

function nameOf(target: NavigationTarget): string {
  return target.kind === 'host' ? target.host : target.name;
}

/** How a target is called in messages. */
function kindWord(target: NavigationTarget): string {
  return target.kind === 'k8s-gateway'
    ? 'gateway'
    : target.kind === 'delegate'
      ? 'VirtualService'
      : target.kind;
}
