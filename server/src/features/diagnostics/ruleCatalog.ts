// The diagnostics catalogue: every rule, in the order findings are reported. Adding a rule means
// adding its file under rules/, listing it here, and giving it a fixture under
// test/server/diagnostics/fixtures/ (a test checks that each code has one).
import type { Rule } from './ruleTypes';
import { conflictingFields } from './rules/conflictingFields';
import { deprecatedField } from './rules/deprecatedField';
import { duplicateResourceInFile } from './rules/duplicateResourceInFile';
import { duplicateSubset } from './rules/duplicateSubset';
import { fileNotAnalysed } from './rules/fileNotAnalysed';
import { goTemplate } from './rules/goTemplate';
import { invalidEnum } from './rules/invalidEnum';
import { missingRequired } from './rules/missingRequired';
import { missingWeight } from './rules/missingWeight';
import { patchReplacesList } from './rules/patchReplacesList';
import { rolloutTrafficRouting } from './rules/rolloutTrafficRouting';
import { flaggerCanary } from './rules/flaggerCanary';
import { controllerOwnedRoute } from './rules/controllerOwnedRoute';
import { flaggerGenerated } from './rules/flaggerGenerated';
import { typeMismatch } from './rules/typeMismatch';
import { unknownApiVersion } from './rules/unknownApiVersion';
import { unknownField } from './rules/unknownField';
import { unknownKind } from './rules/unknownKind';
import { unreachableRoute } from './rules/unreachableRoute';
import { weightRange } from './rules/weightRange';
import { weightSum } from './rules/weightSum';
import { weightTotalZero } from './rules/weightTotalZero';
import { invalidRegex } from './rules/invalidRegex';
import { yamlSyntax } from './rules/yamlSyntax';
import { conflictingGateways } from './rules/conflictingGateways';
import { conflictingMeshHosts } from './rules/conflictingMeshHosts';
import { conflictingServiceEntryProtocols } from './rules/conflictingServiceEntryProtocols';
import { destinationRuleConflict } from './rules/destinationRuleConflict';
import { destinationRuleHostNotFound } from './rules/destinationRuleHostNotFound';
import { gatewayHostMismatch } from './rules/gatewayHostMismatch';
import { gatewayNotFound } from './rules/gatewayNotFound';
import { gatewayRouteIgnoresSubsets } from './rules/gatewayRouteIgnoresSubsets';
import { hostNotFound } from './rules/hostNotFound';
import { delegateNotFound } from './rules/delegateNotFound';
import { unexpandedHost } from './rules/unexpandedHost';
import { ineffectiveMatch } from './rules/ineffectiveMatch';
import { portNotFound } from './rules/portNotFound';
import { portRequired } from './rules/portRequired';
import { subsetNotFound } from './rules/subsetNotFound';
import { subsetNotVisible } from './rules/subsetNotVisible';
import { ignoredTrafficPolicy } from './rules/ignoredTrafficPolicy';
import { subsetSelectsNoWorkload } from './rules/subsetSelectsNoWorkload';
import { differsFromCluster } from './rules/differsFromCluster';
import { tlsMissingCa } from './rules/tlsMissingCa';
import { backendNotFound } from './rules/backendNotFound';
import { backendNotPermitted } from './rules/backendNotPermitted';
import { backendPortNotFound } from './rules/backendPortNotFound';
import { backendWeightsZero } from './rules/backendWeightsZero';
import { gatewayApiCel } from './rules/gatewayApiCel';
import { routeHostClash } from './rules/routeHostClash';
import { routeNotAccepted } from './rules/routeNotAccepted';
// What Istio's validation webhook refuses, decided from the file alone (pkg/config/validation).
import { conflictingRouteActions } from './rules/conflictingRouteActions';
import { duplicateHost } from './rules/duplicateHost';
import { emptyPrefixMatch } from './rules/emptyPrefixMatch';
import { emptyVirtualService } from './rules/emptyVirtualService';
import { invalidDuration } from './rules/invalidDuration';
import { invalidExportTo } from './rules/invalidExportTo';
import { invalidGatewayServer } from './rules/invalidGatewayServer';
import { invalidHeaderName } from './rules/invalidHeaderName';
import { invalidHost } from './rules/invalidHost';
import { invalidRouteOption } from './rules/invalidRouteOption';
import { invalidServiceEntry } from './rules/invalidServiceEntry';
import { invalidSubsetName } from './rules/invalidSubsetName';
import { jwtClaimOnMesh } from './rules/jwtClaimOnMesh';
import { meshWildcardHost } from './rules/meshWildcardHost';
import { missingRouteAction } from './rules/missingRouteAction';
import { percentageRange } from './rules/percentageRange';
import { portOutOfRange } from './rules/portOutOfRange';
import { repeatedDestination } from './rules/repeatedDestination';
import { conflictingGatewayHosts } from './rules/conflictingGatewayHosts';
import { subsetWithoutLabels } from './rules/subsetWithoutLabels';
import { duplicateServiceEntryHost } from './rules/duplicateServiceEntryHost';
import { portNameProtocol } from './rules/portNameProtocol';
import { servicePortName } from './rules/servicePortName';
import { exportToUnknownNamespace } from './rules/exportToUnknownNamespace';
import { deprecatedGatewayReference } from './rules/deprecatedGatewayReference';

export const RULES: readonly Rule[] = [
  fileNotAnalysed,
  goTemplate,
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
  weightTotalZero,
  invalidRegex,
  missingWeight,
  duplicateSubset,
  unreachableRoute,
  duplicateResourceInFile,
  // Validation webhook checks (the API server refuses the resource).
  emptyVirtualService,
  missingRouteAction,
  conflictingRouteActions,
  invalidHost,
  meshWildcardHost,
  duplicateHost,
  invalidSubsetName,
  emptyPrefixMatch,
  invalidHeaderName,
  jwtClaimOnMesh,
  invalidDuration,
  percentageRange,
  portOutOfRange,
  invalidRouteOption,
  invalidExportTo,
  invalidGatewayServer,
  invalidServiceEntry,
  // Cross-file references and istioctl analyze equivalents (workspace/resolve.ts).
  subsetNotFound,
  subsetNotVisible,
  gatewayNotFound,
  hostNotFound,
  unexpandedHost,
  delegateNotFound,
  portNotFound,
  portRequired,
  subsetSelectsNoWorkload,
  differsFromCluster,
  destinationRuleConflict,
  ignoredTrafficPolicy,
  gatewayHostMismatch,
  conflictingMeshHosts,
  tlsMissingCa,
  ineffectiveMatch,
  gatewayRouteIgnoresSubsets,
  conflictingGateways,
  destinationRuleHostNotFound,
  conflictingServiceEntryProtocols,
  // Kiali's validations that istioctl does not make (business/checkers in kiali/kiali).
  repeatedDestination,
  conflictingGatewayHosts,
  subsetWithoutLabels,
  duplicateServiceEntryHost,
  portNameProtocol,
  servicePortName,
  exportToUnknownNamespace,
  deprecatedGatewayReference,
  // Gateway API (HTTPRoute, GRPCRoute, Gateway, ReferenceGrant).
  gatewayApiCel,
  backendWeightsZero,
  backendNotFound,
  backendPortNotFound,
  backendNotPermitted,
  routeNotAccepted,
  routeHostClash,
  // Kustomize and controllers.
  patchReplacesList,
  rolloutTrafficRouting,
  flaggerCanary,
  controllerOwnedRoute,
  flaggerGenerated,
];

export function findRule(code: string): Rule | undefined {
  return RULES.find((rule) => rule.code === code);
}
