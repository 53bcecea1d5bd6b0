// A route an Argo Rollout or Flagger Canary steps (workspace/controllers.ts `routeOwner`): a hint
// on the route says who owns its weights and what the controller will do with them, because the
// weights in git are the controller's resting state and editing them fights the controller.
// weight-sum and missing-weight stay silent on such a route.
import { ownerAdvice, ownerStatement, stepPlan } from '../../../workspace/controllers';
import type { Rule } from '../ruleTypes';
import { firstLine, ownerOfRoute } from './crossFile';

export const controllerOwnedRoute: Rule = {
  code: 'controller-owned-route',
  defaultSeverity: 'hint',
  summary:
    'An Argo Rollout or Flagger Canary steps the weights of this route: the ones written are its resting state.',
  crossFile: true,
  check(context, report) {
    for (const split of context.analysis.splits) {
      for (const route of split.routes) {
        const owner = ownerOfRoute(context, split.resource, route);
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
