// A route an Argo Rollout or Flagger Canary steps (workspace/controllers.ts `routeOwner`): a hint
// on the route says who owns its weights and what the controller will do with them, because the
// weights in git are the controller's resting state and editing them fights the controller.
// weight-sum and missing-weight stay silent on such a route.
import { isVirtualService } from '../../../model/resources';
import { ownerAdvice, ownerStatement, routeOwner, stepPlan } from '../../../workspace/controllers';
import type { Rule } from '../ruleTypes';
import { firstLine, lookupOf } from './crossFile';

export const controllerOwnedRoute: Rule = {
  code: 'controller-owned-route',
  defaultSeverity: 'hint',
  summary:
    'An Argo Rollout or Flagger Canary steps the weights of this route: the ones written are its resting state.',
  crossFile: true,
  check(context, report) {
    const splits = context.analysis.splits.filter((s) => isVirtualService(s.resource));
    if (splits.length === 0) return;
    // One lookup for the file; most workspaces have no controller at all.
    const lookup = lookupOf(context);
    if (lookup.rollouts.length === 0 && lookup.flaggerCanaries.length === 0) return;
    for (const split of splits) {
      const vs = split.resource;
      if (!isVirtualService(vs)) continue;
      for (const route of split.routes) {
        const owner = routeOwner(lookup, vs, route);
        if (!owner) continue;
        const resting = route.entries.map((e) => e.weight?.value);
        const written = resting.every((w) => typeof w === 'number') ? ` (${resting.join('/')})` : '';
        report({
          span: firstLine(route.span, context.file.document.getText()),
          message:
            `${ownerStatement(owner)} (${stepPlan(owner).text}); ` +
            `the weights written here${written} are its resting state. ` +
            `Do not edit them by hand: ${ownerAdvice(owner)}.`,
          related: owner.resource.name
            ? [{ uri: owner.resource.uri, span: owner.resource.name.span, message: owner.label }]
            : [],
        });
      }
    }
  },
};
