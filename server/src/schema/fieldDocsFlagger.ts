// Hover and completion text for Flagger's Canary (flagger.app/v1beta1), in our own words, for an
// Istio setup: from a Canary, Flagger generates the `-primary` and `-canary` Services, their
// DestinationRules and a VirtualService, then moves traffic in steps while the metrics hold.
// `service.trafficPolicy`, `service.match`, `corsPolicy`, `retries`, `rewrite` and `headers` are
// copied into the generated Istio resources unchanged, so below their top level they borrow the
// DestinationRule and VirtualService texts (FLAGGER_BORROWED_DOCS, applied in fieldDocs.ts).

/** Canary docKey prefix → the Istio docKey prefix whose texts document the same fields. */
export const FLAGGER_BORROWED_DOCS: readonly (readonly [string, string])[] = [
  ['Canary.service.trafficPolicy', 'DestinationRule.trafficPolicy'],
  ['Canary.service.match', 'VirtualService.http.match'],
  ['Canary.service.corsPolicy', 'VirtualService.http.corsPolicy'],
  ['Canary.service.retries', 'VirtualService.http.retries'],
  ['Canary.service.rewrite', 'VirtualService.http.rewrite'],
  ['Canary.service.headers', 'VirtualService.http.headers'],
];

export const FLAGGER_FIELD_DOCS: Readonly<Record<string, string>> = {
  Canary:
    'A Flagger **Canary** automates a release: from `targetRef` and `service` Flagger generates the primary and canary Services, DestinationRules and a VirtualService, then shifts traffic by `analysis.stepWeight` while the metrics hold.',
  'Canary.apiVersion': 'API group and version: `flagger.app/v1beta1` is the one served.',
  'Canary.kind': 'Must be `Canary` (Flagger’s kind).',
  'Canary.metadata': 'Name, namespace and labels of this Canary.',
  'Canary.metadata.name':
    'Name of the Canary; the generated VirtualService is named after `service.name` or, without it, after the target.',
  'Canary.metadata.namespace': 'Namespace of the Canary; it must be the target workload’s namespace.',
  'Canary.spec':
    'The workload to release (`targetRef`), how it is exposed (`service`) and the release plan with its checks (`analysis`).',
  'Canary.analysis':
    'The release plan: how often to check (`interval`), how many failed checks abort (`threshold`), and the traffic steps (`stepWeight`/`maxWeight`, `stepWeights` or `iterations`).',
  'Canary.analysis.alerts': 'Where to send notices about this canary’s progress.',
  'Canary.analysis.alerts.name': 'Name of this alert entry.',
  'Canary.analysis.alerts.providerRef': 'The AlertProvider (Slack, Teams, …) to notify.',
  'Canary.analysis.alerts.providerRef.name': 'Name of the AlertProvider.',
  'Canary.analysis.alerts.providerRef.namespace': 'Namespace of the AlertProvider, when not the Canary’s.',
  'Canary.analysis.alerts.severity': 'Least severe event to report: `info`, `warn` or `error`.',
  'Canary.analysis.canaryReadyThreshold':
    'Percentage of canary pods that must be ready before analysis starts (default 100).',
  'Canary.analysis.interval': 'Time between two checks and two traffic steps, e.g. `1m`.',
  'Canary.analysis.iterations':
    'Number of checks for a blue/green or A/B release, which moves no traffic by weight; use instead of step weights.',
  'Canary.analysis.match':
    'A/B testing: only requests matching these conditions go to the canary (used with `iterations`).',
  'Canary.analysis.match.headers': 'Header name to condition; requests with it go to the canary.',
  'Canary.analysis.match.headers.exact': 'The header must equal this value.',
  'Canary.analysis.match.headers.prefix': 'The header must start with this value.',
  'Canary.analysis.match.headers.regex': 'The header must match this RE2 pattern.',
  'Canary.analysis.match.headers.suffix': 'The header must end with this value.',
  'Canary.analysis.match.queryParams': 'Query parameter name to condition.',
  'Canary.analysis.match.queryParams.exact': 'The parameter must equal this value.',
  'Canary.analysis.match.queryParams.prefix': 'The parameter must start with this value.',
  'Canary.analysis.match.queryParams.regex': 'The parameter must match this RE2 pattern.',
  'Canary.analysis.match.sourceLabels': 'Only callers whose pods carry these labels.',
  'Canary.analysis.maxWeight': 'Highest canary weight before promotion, 1 to 100 (default 100).',
  'Canary.analysis.metrics':
    'Checks run at each interval; the built-in `request-success-rate` and `request-duration`, or custom ones via `templateRef`.',
  'Canary.analysis.metrics.interval': 'Time window the metric query looks back over, e.g. `1m`.',
  'Canary.analysis.metrics.name': 'Metric name; built-in names select Flagger’s own queries.',
  'Canary.analysis.metrics.query': 'A raw query for the metrics server (older style; prefer `templateRef`).',
  'Canary.analysis.metrics.templateRef': 'The MetricTemplate that defines the query.',
  'Canary.analysis.metrics.templateRef.name': 'Name of the MetricTemplate.',
  'Canary.analysis.metrics.templateRef.namespace': 'Namespace of the MetricTemplate, when not the Canary’s.',
  'Canary.analysis.metrics.templateVariables': 'Values substituted into the template’s query.',
  'Canary.analysis.metrics.threshold': 'Old single bound for the metric; prefer `thresholdRange`.',
  'Canary.analysis.metrics.thresholdRange': 'Acceptable range for the metric; outside it the check fails.',
  'Canary.analysis.metrics.thresholdRange.max': 'Highest acceptable value (e.g. 500 ms latency).',
  'Canary.analysis.metrics.thresholdRange.min': 'Lowest acceptable value (e.g. 99 % success).',
  'Canary.analysis.mirror': 'Copy traffic to the canary before shifting any (Istio only, with `iterations`).',
  'Canary.analysis.mirrorWeight': 'Percentage of traffic to copy when mirroring.',
  'Canary.analysis.primaryReadyThreshold':
    'Percentage of primary pods that must be ready before analysis starts (default 100).',
  'Canary.analysis.sessionAffinity': 'Keep a user on the canary once they landed there, using a cookie.',
  'Canary.analysis.sessionAffinity.cookieName': 'Cookie that marks users routed to the canary.',
  'Canary.analysis.sessionAffinity.domain': 'Domain attribute of the cookie.',
  'Canary.analysis.sessionAffinity.httpOnly': 'Hide the cookie from browser scripts.',
  'Canary.analysis.sessionAffinity.maxAge': 'Cookie lifetime in seconds.',
  'Canary.analysis.sessionAffinity.partitioned': 'Set the cookie’s `Partitioned` attribute.',
  'Canary.analysis.sessionAffinity.path': 'Path attribute of the cookie.',
  'Canary.analysis.sessionAffinity.primaryCookieName': 'Cookie that marks users kept on the primary.',
  'Canary.analysis.sessionAffinity.sameSite':
    '`Strict`, `Lax` or `None` for the cookie’s SameSite attribute.',
  'Canary.analysis.sessionAffinity.secure': 'Send the cookie over HTTPS only.',
  'Canary.analysis.stepWeight': 'Percentage added to the canary at each successful interval, e.g. 10.',
  'Canary.analysis.stepWeightPromotion':
    'Percentage moved per interval when promoting the new primary; unset means all at once.',
  'Canary.analysis.stepWeights':
    'Explicit weights to walk through, ascending, each 1 to 100 (e.g. `[1, 5, 25, 50]`).',
  'Canary.analysis.threshold': 'Failed checks tolerated before the canary is rolled back.',
  'Canary.analysis.webhooks':
    'HTTP hooks called during the release: gates (`confirm-rollout`, `confirm-promotion`), load tests (`rollout`), notifications.',
  'Canary.analysis.webhooks.disableTLS': 'Skip TLS verification when calling the hook.',
  'Canary.analysis.webhooks.metadata': 'Key/value data sent in the hook’s payload, e.g. a load-test command.',
  'Canary.analysis.webhooks.muteAlert': 'Do not raise an alert when this hook fails.',
  'Canary.analysis.webhooks.name': 'Name of the hook.',
  'Canary.analysis.webhooks.retries': 'How often to retry a failed call.',
  'Canary.analysis.webhooks.timeout': 'Time limit for one call, e.g. `30s`.',
  'Canary.analysis.webhooks.type': 'When the hook runs; `rollout` (at each interval) when left out.',
  'Canary.analysis.webhooks.url': 'Address the hook is sent to.',
  'Canary.autoscalerRef':
    'An autoscaler (HPA or KEDA ScaledObject) for the target; Flagger makes a copy for the primary.',
  'Canary.autoscalerRef.apiVersion': 'API version of the autoscaler, e.g. `autoscaling/v2`.',
  'Canary.autoscalerRef.kind': '`HorizontalPodAutoscaler` or `ScaledObject`.',
  'Canary.autoscalerRef.name': 'Name of the autoscaler.',
  'Canary.autoscalerRef.primaryScalerQueries': 'KEDA trigger queries to use for the primary’s copy.',
  'Canary.autoscalerRef.primaryScalerReplicas': 'Replica bounds for the primary’s autoscaler copy.',
  'Canary.autoscalerRef.primaryScalerReplicas.maxReplicas': 'Upper replica bound for the primary.',
  'Canary.autoscalerRef.primaryScalerReplicas.minReplicas': 'Lower replica bound for the primary.',
  'Canary.ingressRef': 'The Ingress to canary, for the NGINX provider.',
  'Canary.ingressRef.apiVersion': 'API version of the Ingress.',
  'Canary.ingressRef.kind': 'Must be `Ingress`.',
  'Canary.ingressRef.name': 'Name of the Ingress.',
  'Canary.metricsServer': 'Address of the Prometheus that the built-in metrics query.',
  'Canary.progressDeadlineSeconds':
    'Seconds the canary may make no progress before Flagger rolls it back (default 600).',
  'Canary.provider':
    'Which mesh or ingress carries out the split; `istio` makes Flagger write VirtualServices and DestinationRules.',
  'Canary.revertOnDeletion': 'When the Canary is deleted, give the workload back its original state.',
  'Canary.routeRef': 'The APISIX route to canary, for the APISIX provider.',
  'Canary.routeRef.apiVersion': 'API version of the ApisixRoute.',
  'Canary.routeRef.kind': 'Must be `ApisixRoute`.',
  'Canary.routeRef.name': 'Name of the ApisixRoute.',
  'Canary.service':
    'How the workload is exposed: `port` (required), and for Istio the `hosts` and `gateways` the generated VirtualService will carry, plus its traffic settings.',
  'Canary.service.apex':
    'Labels and annotations for the generated apex Service (the one named after the target), and likewise for the primary and canary Services.',
  'Canary.service.apex.annotations': 'Annotations added to that generated Service.',
  'Canary.service.apex.labels': 'Labels added to that generated Service.',
  'Canary.service.appProtocol': 'Application protocol set on the generated Service ports, e.g. `http`.',
  'Canary.service.backendTimeout': 'Backend timeout for providers that support it, e.g. `30s`.',
  'Canary.service.backends': 'Extra backends for providers that take a list (App Mesh).',
  'Canary.service.canary': 'Labels and annotations for the generated `-canary` Service.',
  'Canary.service.corsPolicy': 'CORS settings copied into the generated VirtualService route.',
  'Canary.service.corsPolicy.allowOrigins.exact':
    'The origin must be exactly this, e.g. `https://app.example.com`.',
  'Canary.service.corsPolicy.allowOrigins.prefix': 'The origin must start with this.',
  'Canary.service.corsPolicy.allowOrigins.regex': 'The origin must match this RE2 pattern.',
  'Canary.service.delegation':
    'Generate the VirtualService as a delegate, to be included by a root VirtualService you own.',
  'Canary.service.gatewayRefs':
    'Gateway API parents for the generated HTTPRoute, when the provider is `gatewayapi`.',
  'Canary.service.gatewayRefs.group': 'API group of the parent; the Gateway API group when left out.',
  'Canary.service.gatewayRefs.kind': 'Kind of the parent; `Gateway` when left out.',
  'Canary.service.gatewayRefs.name': 'Name of the parent Gateway.',
  'Canary.service.gatewayRefs.namespace': 'Namespace of the parent Gateway.',
  'Canary.service.gatewayRefs.port': 'Attach only to the listener with this port.',
  'Canary.service.gatewayRefs.sectionName': 'Attach only to the listener with this name.',
  'Canary.service.gateways':
    'Istio Gateways (`namespace/name`, or `mesh`) the generated VirtualService binds to; each must exist and serve `hosts`.',
  'Canary.service.headers': 'Request and response header changes copied into the generated route.',
  'Canary.service.headless': 'Generate headless primary and canary Services (no cluster IP).',
  'Canary.service.hosts':
    'Host names the generated VirtualService answers for, e.g. `app.example.com`, on top of the Service’s own name.',
  'Canary.service.match': 'Conditions copied into the generated VirtualService route’s `match`.',
  'Canary.service.match.authority.exact':
    'The value must be exactly this; also used for uri, scheme and method.',
  'Canary.service.match.authority.prefix': 'The value must start with this.',
  'Canary.service.match.authority.regex': 'The value must match this RE2 pattern.',
  'Canary.service.meshName': 'Mesh name, for the App Mesh provider.',
  'Canary.service.mirror': 'Backends that receive copies of requests, for the Gateway API provider.',
  'Canary.service.mirror.backendRef': 'The Service that receives the copies.',
  'Canary.service.mirror.backendRef.group': 'API group of the mirror backend; `""` for a Service.',
  'Canary.service.mirror.backendRef.kind': 'Kind of the mirror backend; `Service` by default.',
  'Canary.service.mirror.backendRef.name': 'Name of the mirror Service.',
  'Canary.service.mirror.backendRef.namespace': 'Namespace of the mirror Service.',
  'Canary.service.mirror.backendRef.port': 'Port of the mirror Service.',
  'Canary.service.name':
    'Name for the generated apex Service and VirtualService; the target’s name by default.',
  'Canary.service.port': 'Port the generated Services expose; the target must serve it.',
  'Canary.service.portDiscovery':
    'Also expose every other container port of the target on the generated Services.',
  'Canary.service.portName':
    'Name of the generated Service port, e.g. `http` (Istio reads the protocol from it).',
  'Canary.service.primary': 'Labels and annotations for the generated `-primary` Service.',
  'Canary.service.retries': 'Retry policy copied into the generated VirtualService route.',
  'Canary.service.rewrite': 'URI or authority rewrite copied into the generated route.',
  'Canary.service.rewrite.type':
    'For the Gateway API provider: `ReplaceFullPath` or `ReplacePrefixMatch`, how `uri` replaces the path.',
  'Canary.service.targetPort': 'Container port (number or name) the generated Services forward to.',
  'Canary.service.timeout': 'Request timeout for the generated route, e.g. `30s`.',
  'Canary.service.trafficDistribution':
    'Topology hint for the generated Services: `PreferClose`, `PreferSameZone` or `PreferSameNode`.',
  'Canary.service.trafficPolicy':
    'Traffic policy (TLS, load balancing, connection pool, outlier detection) copied into the generated DestinationRules.',
  'Canary.service.unmanagedMetadata':
    'Labels and annotations on the generated Services that Flagger should leave alone when others set them.',
  'Canary.service.unmanagedMetadata.annotations': 'Annotation keys Flagger does not overwrite.',
  'Canary.service.unmanagedMetadata.labels': 'Label keys Flagger does not overwrite.',
  'Canary.skipAnalysis': 'Promote at once without checks (for emergencies).',
  'Canary.suspend': 'Pause Flagger’s handling of this Canary.',
  'Canary.targetRef':
    'The workload Flagger releases: a Deployment or DaemonSet in this namespace (or a Service for some providers).',
  'Canary.targetRef.apiVersion': 'API version of the workload, e.g. `apps/v1`.',
  'Canary.targetRef.kind': '`Deployment`, `DaemonSet` or `Service`.',
  'Canary.targetRef.name': 'Name of the workload; it must exist.',
  'Canary.upstreamRef': 'The Gloo Upstream to canary, for the Gloo provider.',
  'Canary.upstreamRef.apiVersion': 'API version of the Upstream.',
  'Canary.upstreamRef.kind': 'Must be `Upstream`.',
  'Canary.upstreamRef.name': 'Name of the Upstream.',
  'Canary.upstreamRef.namespace': 'Namespace of the Upstream.',
};
