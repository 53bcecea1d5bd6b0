import { patchListings } from '../../../workspace/kustomize';
import type { Rule } from '../ruleTypes';
import { schemaIssueRule } from '../schemaIssueRule';

const fromSchema = schemaIssueRule({
  code: 'missing-required',
  wholeFile: true,
  defaultSeverity: 'error',
  summary: 'A required field is missing, such as a destination without `host`.',
});

// Cross-file because a kustomization elsewhere can make this file a patch: published only once
// the index is complete, so a patch never flashes a false error while the workspace loads.
export const missingRequired: Rule = {
  ...fromSchema,
  crossFile: true,
  check(context, report) {
    const issues: Parameters<typeof report>[0][] = [];
    fromSchema.check(context, (finding) => issues.push(finding));
    // A file a kustomization lists as a patch is a partial resource (a strategic-merge patch
    // that only adds a label has no spec): nothing is required of it.
    if (issues.length === 0 || patchListings(context.workspace, context.file.uri).length > 0) return;
    for (const issue of issues) report(issue);
  },
};
