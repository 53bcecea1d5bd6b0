// The diagnostics catalogue: every rule, in the order findings are reported. Adding a rule means
// adding its file under rules/, listing it here, and giving it a fixture under
// test/server/diagnostics/fixtures/ (a test checks that each code has one).
import type { Rule } from './ruleTypes';
import { conflictingFields } from './rules/conflictingFields';
import { deprecatedField } from './rules/deprecatedField';
import { duplicateResourceInFile } from './rules/duplicateResourceInFile';
import { duplicateSubset } from './rules/duplicateSubset';
import { fileNotAnalysed } from './rules/fileNotAnalysed';
import { invalidEnum } from './rules/invalidEnum';
import { missingRequired } from './rules/missingRequired';
import { missingWeight } from './rules/missingWeight';
import { typeMismatch } from './rules/typeMismatch';
import { unknownApiVersion } from './rules/unknownApiVersion';
import { unknownField } from './rules/unknownField';
import { unknownKind } from './rules/unknownKind';
import { unreachableRoute } from './rules/unreachableRoute';
import { weightRange } from './rules/weightRange';
import { weightSum } from './rules/weightSum';
import { yamlSyntax } from './rules/yamlSyntax';

export const RULES: readonly Rule[] = [
  fileNotAnalysed,
  yamlSyntax,
  unknownApiVersion,
  unknownKind,
  unknownField,
  typeMismatch,
  invalidEnum,
  missingRequired,
  conflictingFields,
  deprecatedField,
  weightRange,
  weightSum,
  missingWeight,
  duplicateSubset,
  unreachableRoute,
  duplicateResourceInFile,
];

export function findRule(code: string): Rule | undefined {
  return RULES.find((rule) => rule.code === code);
}
