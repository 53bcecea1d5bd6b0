// Hover and completion text for Argo Rollouts' Rollout (argoproj.io/v1alpha1), in our own words,
// centred on the canary strategy with Istio traffic routing. The pod `template` is ordinary
// Kubernetes: the schema leaves it open, so only the field itself is documented here. Shapes that
// repeat (analysis blocks, metadata blocks, `name` references) share one key, so their text is
// written to fit every place they appear. Merged into FIELD_DOCS by fieldDocs.ts.

const ANALYSIS =
  'Analysis run with AnalysisTemplates; a failed run aborts the rollout and sends traffic back to stable.';

export const ROLLOUT_FIELD_DOCS: Readonly<Record<string, string>> = {
  Rollout:
    'An Argo Rollouts **Rollout** replaces a Deployment and moves traffic to a new version in `steps`. With `trafficRouting.istio` it rewrites the weights of the named VirtualService routes itself.',
  'Rollout.apiVersion': 'API group and version: `argoproj.io/v1alpha1` is the only one served.',
  'Rollout.kind': 'Must be `Rollout`.',
  'Rollout.metadata': 'Name, namespace and labels of this Rollout.',
  'Rollout.metadata.name': 'Name of the Rollout; `kubectl argo rollouts promote <name>` uses it.',
  'Rollout.metadata.namespace':
    'Namespace of the Rollout; the VirtualService, DestinationRule and Services it names are looked up here unless qualified.',
  'Rollout.spec':
    'The pods to run (`template` or `workloadRef`), how many (`replicas`) and how a new version is released (`strategy`).',
  'Rollout.analysis': 'How many finished AnalysisRuns to keep around for inspection.',
  'Rollout.analysis.successfulRunHistoryLimit': 'Successful AnalysisRuns kept (default 5).',
  'Rollout.analysis.unsuccessfulRunHistoryLimit':
    'Failed, errored or inconclusive AnalysisRuns kept (default 5).',
  'Rollout.minReadySeconds': 'Seconds a new pod must stay ready before it counts as available.',
  'Rollout.paused': 'Set to `true` to hold the rollout where it is; `false` lets it continue.',
  'Rollout.progressDeadlineAbort':
    'When `true`, a rollout that misses `progressDeadlineSeconds` is aborted rather than only marked degraded.',
  'Rollout.progressDeadlineSeconds':
    'Seconds a step may go without progress before the rollout counts as stuck (default 600).',
  'Rollout.replicas': 'Desired number of pods across stable and canary (default 1).',
  'Rollout.restartAt': 'A timestamp; pods created before it are restarted one by one.',
  'Rollout.revisionHistoryLimit': 'Old ReplicaSets kept for rolling back (default 10).',
  'Rollout.rollbackWindow':
    'Going back to one of the last few revisions skips the steps and analysis and happens at once.',
  'Rollout.rollbackWindow.revisions': 'How many recent revisions count as “within the window”.',
  'Rollout.selector':
    'Label selector for the pods of this Rollout; it must match `template.metadata.labels`.',
  'Rollout.selector.matchExpressions': 'Set-based conditions on pod labels; every one must hold.',
  'Rollout.selector.matchExpressions.key': 'Pod label key the condition looks at.',
  'Rollout.selector.matchExpressions.operator': 'One of `In`, `NotIn`, `Exists` or `DoesNotExist`.',
  'Rollout.selector.matchExpressions.values':
    'Values for `In`/`NotIn`; empty for `Exists` and `DoesNotExist`.',
  'Rollout.selector.matchLabels': 'Labels each pod must carry, e.g. `app: reviews`.',
  'Rollout.strategy':
    'How a new version goes out: `canary` (stepped traffic) or `blueGreen` (switch at once).',
  'Rollout.strategy.blueGreen':
    'Run the new version beside the old one behind `previewService`, then switch `activeService` to it in one go.',
  'Rollout.strategy.blueGreen.abortScaleDownDelaySeconds':
    'Seconds to keep the new pods after an abort before scaling them down (default 30; `0` keeps them).',
  'Rollout.strategy.blueGreen.activeMetadata':
    'Labels and annotations added to pods while they serve as stable/active (or, elsewhere, as canary or preview).',
  'Rollout.strategy.blueGreen.activeMetadata.annotations': 'Annotations to add to those pods.',
  'Rollout.strategy.blueGreen.activeMetadata.labels': 'Labels to add to those pods.',
  'Rollout.strategy.blueGreen.activeService':
    'Service that carries production traffic; its selector is switched to the promoted version.',
  'Rollout.strategy.blueGreen.antiAffinity':
    'Keep new pods off the nodes of the old version, so a bad release cannot starve the old one.',
  'Rollout.strategy.blueGreen.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution':
    'Soft anti-affinity: the scheduler tries to separate the versions, with the given `weight`.',
  'Rollout.strategy.blueGreen.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution.weight':
    'Importance of the soft rule, 1 to 100.',
  'Rollout.strategy.blueGreen.antiAffinity.requiredDuringSchedulingIgnoredDuringExecution':
    'Hard anti-affinity: new pods never share a node with old ones (write `{}`).',
  'Rollout.strategy.blueGreen.autoPromotionEnabled':
    'Set to `false` to wait for a manual promote before switching the active Service (default `true`).',
  'Rollout.strategy.blueGreen.autoPromotionSeconds':
    'Promote on its own this many seconds after the preview is ready.',
  'Rollout.strategy.blueGreen.maxUnavailable':
    'Pods that may be down during the update, as a count or a percentage such as `25%`.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis':
    'Analysis started after promotion (or, in its other places, before promotion or during canary steps). ' +
    ANALYSIS,
  'Rollout.strategy.blueGreen.postPromotionAnalysis.analysisRunMetadata':
    'Labels and annotations put on the AnalysisRuns this creates.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.args': 'Values passed to the templates’ arguments.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.name': 'Argument name, as the template declares it.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.value': 'A literal value for the argument.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom':
    'Take the value from the Rollout itself instead of writing it literally.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef':
    'Read the value from a field of the Rollout object.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef.fieldPath':
    "Path of that field, e.g. `metadata.labels['app']`.",
  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.podTemplateHashValue':
    '`Stable` or `Latest`: pass the pod-template hash of that ReplicaSet, to query its metrics.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun':
    'Metrics whose failures are recorded but never abort the rollout.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun.metricName':
    'Metric name, or a regular expression over names.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention':
    'How many measurements to keep per metric, overriding the default.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.limit': 'Measurements to keep.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.metricName':
    'Metric name, or a regular expression over names.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.templates':
    'AnalysisTemplates whose metrics are combined into one run.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.clusterScope':
    '`true` for a ClusterAnalysisTemplate instead of a namespaced AnalysisTemplate.',
  'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.templateName':
    'Name of the (Cluster)AnalysisTemplate.',
  'Rollout.strategy.blueGreen.prePromotionAnalysis':
    'Analysis against the preview before the switch; promotion waits for it to pass.',
  'Rollout.strategy.blueGreen.previewMetadata':
    'Labels and annotations added to pods while they are the preview.',
  'Rollout.strategy.blueGreen.previewReplicaCount':
    'Pods the preview runs before promotion; it scales to full size when promoted.',
  'Rollout.strategy.blueGreen.previewService':
    'Service pointed at the new version for testing before the switch.',
  'Rollout.strategy.blueGreen.scaleDownDelayRevisionLimit':
    'Old ReplicaSets left running during their scale-down delay; extra ones go at once.',
  'Rollout.strategy.blueGreen.scaleDownDelaySeconds':
    'Seconds the old pods keep running after the switch, so in-flight traffic can finish (default 30).',
  'Rollout.strategy.canary':
    'Release in `steps` of traffic weight. With `trafficRouting.istio`, Argo edits the VirtualService weights between `stableSubsetName` and `canarySubsetName` (or `stableService` and `canaryService`).',
  'Rollout.strategy.canary.abortScaleDownDelaySeconds':
    'Seconds canary pods stay after an abort, once traffic is back on stable (default 30).',
  'Rollout.strategy.canary.analysis':
    'Background analysis that runs for the whole rollout, from `startingStep` on. ' + ANALYSIS,
  'Rollout.strategy.canary.analysis.startingStep':
    'Index of the step at which the background analysis starts.',
  'Rollout.strategy.canary.canaryMetadata': 'Labels and annotations added to canary pods only.',
  'Rollout.strategy.canary.canaryService':
    'Service selecting only the canary pods (Argo adds the pod-template hash to its selector). Host-level Istio routing sends the canary share here.',
  'Rollout.strategy.canary.dynamicStableScale':
    'Scale the stable pods down as their traffic share falls, instead of keeping them all until the end.',
  'Rollout.strategy.canary.maxSurge':
    'Pods above `replicas` allowed during the update, as a count or percentage (default `25%`).',
  'Rollout.strategy.canary.maxUnavailable':
    'Pods that may be unavailable during the update, count or percentage.',
  'Rollout.strategy.canary.minPodsPerReplicaSet':
    'Smallest number of pods for canary and stable when traffic routing is used (for availability).',
  'Rollout.strategy.canary.pingPong':
    'Alternate two Services (ping and pong) between the stable and canary role instead of fixed stable/canary Services.',
  'Rollout.strategy.canary.pingPong.pingService': 'First of the two alternating Services.',
  'Rollout.strategy.canary.pingPong.pongService': 'Second of the two alternating Services.',
  'Rollout.strategy.canary.replicaProgressThreshold':
    'How much of the canary must be ready before a step counts as done.',
  'Rollout.strategy.canary.replicaProgressThreshold.type': '`Pod` for a count of pods or `Percent`.',
  'Rollout.strategy.canary.replicaProgressThreshold.value': 'The count or percentage.',
  'Rollout.strategy.canary.scaleDownDelayRevisionLimit':
    'Old ReplicaSets kept running while waiting for their scale-down delay.',
  'Rollout.strategy.canary.scaleDownDelaySeconds':
    'Seconds to keep the old stable pods after full promotion, while proxies pick up the new routing (default 30).',
  'Rollout.strategy.canary.stableMetadata': 'Labels and annotations added to stable pods only.',
  'Rollout.strategy.canary.stableService':
    'Service selecting only the stable pods. Host-level Istio routing sends the stable share here.',
  'Rollout.strategy.canary.steps':
    'The release plan, run in order: `setWeight` moves traffic, `pause` waits, `analysis` and `experiment` check the canary. After the last step the canary becomes stable.',
  'Rollout.strategy.canary.steps.analysis': 'Run an analysis at this step and wait for it to finish.',
  'Rollout.strategy.canary.steps.experiment':
    'Start short-lived ReplicaSets (an Experiment), optionally with analysis, and wait for it.',
  'Rollout.strategy.canary.steps.experiment.analyses': 'Analyses to run against the experiment’s pods.',
  'Rollout.strategy.canary.steps.experiment.analyses.clusterScope':
    '`true` when `templateName` names a ClusterAnalysisTemplate.',
  'Rollout.strategy.canary.steps.experiment.analyses.name': 'Name of this analysis within the experiment.',
  'Rollout.strategy.canary.steps.experiment.analyses.requiredForCompletion':
    'The experiment ends only when this analysis has finished.',
  'Rollout.strategy.canary.steps.experiment.analyses.templateName': 'AnalysisTemplate to run.',
  'Rollout.strategy.canary.steps.experiment.duration':
    'How long the experiment runs, e.g. `10m`; unset runs until its analyses finish.',
  'Rollout.strategy.canary.steps.experiment.scaleDownDelaySeconds':
    'Seconds before the experiment’s pods are removed once it is done.',
  'Rollout.strategy.canary.steps.experiment.templates': 'ReplicaSets the experiment starts.',
  'Rollout.strategy.canary.steps.experiment.templates.metadata':
    'Labels and annotations for the experiment pods.',
  'Rollout.strategy.canary.steps.experiment.templates.name': 'Name of this template within the experiment.',
  'Rollout.strategy.canary.steps.experiment.templates.replicas': 'Pods to run for this template (default 1).',
  'Rollout.strategy.canary.steps.experiment.templates.service':
    'Create a Service for these pods, so traffic routing can send them a share.',
  'Rollout.strategy.canary.steps.experiment.templates.service.name': 'Name for that Service.',
  'Rollout.strategy.canary.steps.experiment.templates.specRef':
    '`stable` or `canary`: which version’s pod template the experiment runs.',
  'Rollout.strategy.canary.steps.experiment.templates.weight':
    'Percentage of traffic sent to these pods while the experiment runs (needs traffic routing).',
  'Rollout.strategy.canary.steps.pause':
    'Stop here: with a `duration` for that long, without one until someone promotes (`kubectl argo rollouts promote`).',
  'Rollout.strategy.canary.steps.pause.duration':
    'How long to wait: a number of seconds or a string with a unit such as `30s`, `5m`, `1h`.',
  'Rollout.strategy.canary.steps.plugin': 'Run a step plugin at this point of the release.',
  'Rollout.strategy.canary.steps.plugin.config': 'Settings handed to the plugin as they are.',
  'Rollout.strategy.canary.steps.plugin.name': 'Name of the step plugin, as registered with the controller.',
  'Rollout.strategy.canary.steps.setCanaryScale':
    'Size the canary independently of its traffic share (e.g. full size at 0 % to warm it up).',
  'Rollout.strategy.canary.steps.setCanaryScale.matchTrafficWeight':
    '`true` goes back to sizing the canary by its traffic weight.',
  'Rollout.strategy.canary.steps.setCanaryScale.replicas': 'Exact number of canary pods.',
  'Rollout.strategy.canary.steps.setCanaryScale.weight': 'Canary pods as a percentage of `replicas`.',
  'Rollout.strategy.canary.steps.setHeaderRoute':
    'Add (or, without `match`, remove) a route that sends requests with certain headers straight to the canary. Its name must be in `managedRoutes`.',
  'Rollout.strategy.canary.steps.setHeaderRoute.match': 'Header conditions for that route; all must hold.',
  'Rollout.strategy.canary.steps.setHeaderRoute.match.headerName': 'Header to look at, e.g. `x-canary`.',
  'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue':
    'How the value must compare; set one of `exact`, `prefix` or `regex` (also used for path and method matches).',
  'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.exact': 'The value must be exactly this.',
  'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.prefix': 'The value must start with this.',
  'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.regex':
    'The value must match this RE2 pattern.',
  'Rollout.strategy.canary.steps.setHeaderRoute.name':
    'Route name; it must be listed under `trafficRouting.managedRoutes`.',
  'Rollout.strategy.canary.steps.setMirrorRoute':
    'Add (or, without `match`, remove) a route that copies matching requests to the canary. Its name must be in `managedRoutes`.',
  'Rollout.strategy.canary.steps.setMirrorRoute.match':
    'Request conditions; any one entry matching is enough.',
  'Rollout.strategy.canary.steps.setMirrorRoute.match.headers': 'Header name to value condition.',
  'Rollout.strategy.canary.steps.setMirrorRoute.match.method': 'HTTP method condition.',
  'Rollout.strategy.canary.steps.setMirrorRoute.match.path': 'URL path condition.',
  'Rollout.strategy.canary.steps.setMirrorRoute.name':
    'Route name; it must be listed under `trafficRouting.managedRoutes`.',
  'Rollout.strategy.canary.steps.setMirrorRoute.percentage':
    'Percentage of matching requests to copy (default 100).',
  'Rollout.strategy.canary.steps.setWeight':
    'Send this percentage (0 to 100) of traffic to the canary; Argo writes it into the VirtualService routes.',
  'Rollout.strategy.canary.trafficRouting':
    'Let a mesh or ingress split traffic by weight instead of by pod counts. For Istio, fill in `istio`.',
  'Rollout.strategy.canary.trafficRouting.alb': 'Split traffic with an AWS Application Load Balancer.',
  'Rollout.strategy.canary.trafficRouting.alb.annotationPrefix':
    'Annotation prefix the ALB controller reads (default `alb.ingress.kubernetes.io`).',
  'Rollout.strategy.canary.trafficRouting.alb.ingress': 'The Ingress whose ALB actions Argo edits.',
  'Rollout.strategy.canary.trafficRouting.alb.ingresses': 'Several Ingresses to edit together.',
  'Rollout.strategy.canary.trafficRouting.alb.rootService':
    'Service named in the Ingress rule, when it is not `stableService`.',
  'Rollout.strategy.canary.trafficRouting.alb.servicePort': 'Service port used in the Ingress rule.',
  'Rollout.strategy.canary.trafficRouting.alb.stickinessConfig': 'Keep a client on the same target group.',
  'Rollout.strategy.canary.trafficRouting.alb.stickinessConfig.durationSeconds':
    'How long a client stays on its target group.',
  'Rollout.strategy.canary.trafficRouting.alb.stickinessConfig.enabled': 'Turn target group stickiness on.',
  'Rollout.strategy.canary.trafficRouting.ambassador': 'Split traffic with Ambassador (Emissary) Mappings.',
  'Rollout.strategy.canary.trafficRouting.ambassador.mappings':
    'Names of the Mappings to create canary copies of.',
  'Rollout.strategy.canary.trafficRouting.apisix': 'Split traffic with an Apache APISIX route.',
  'Rollout.strategy.canary.trafficRouting.apisix.route': 'The ApisixRoute whose upstream weights Argo edits.',
  'Rollout.strategy.canary.trafficRouting.apisix.route.name': 'Name of the ApisixRoute.',
  'Rollout.strategy.canary.trafficRouting.apisix.route.rules': 'Rule names within it to edit.',
  'Rollout.strategy.canary.trafficRouting.appMesh': 'Split traffic with AWS App Mesh.',
  'Rollout.strategy.canary.trafficRouting.appMesh.virtualNodeGroup': 'The stable and canary virtual nodes.',
  'Rollout.strategy.canary.trafficRouting.appMesh.virtualNodeGroup.canaryVirtualNodeRef':
    'Virtual node of the canary.',
  'Rollout.strategy.canary.trafficRouting.appMesh.virtualNodeGroup.stableVirtualNodeRef':
    'Virtual node of the stable version.',
  'Rollout.strategy.canary.trafficRouting.appMesh.virtualService':
    'The App Mesh virtual service whose routes Argo edits.',
  'Rollout.strategy.canary.trafficRouting.appMesh.virtualService.name': 'Name of that virtual service.',
  'Rollout.strategy.canary.trafficRouting.appMesh.virtualService.routes':
    'Route names to edit; all when left out.',
  'Rollout.strategy.canary.trafficRouting.managedRoutes':
    'Routes Argo may add to the VirtualService for header and mirror steps, highest precedence first.',
  'Rollout.strategy.canary.trafficRouting.managedRoutes.name': 'Name of the referenced route or object.',
  'Rollout.strategy.canary.trafficRouting.istio':
    'Istio traffic routing: name the VirtualService(s) whose routes Argo reweights and, for subset-level routing, the DestinationRule.',
  'Rollout.strategy.canary.trafficRouting.istio.destinationRule':
    'Subset-level routing: Argo keeps the DestinationRule’s stable and canary subsets pointed at the right pods (by pod-template hash).',
  'Rollout.strategy.canary.trafficRouting.istio.destinationRule.additionalSubsetNames':
    'Further subsets that should also follow the canary pods.',
  'Rollout.strategy.canary.trafficRouting.istio.destinationRule.canarySubsetName':
    'Subset of the DestinationRule that stands for the canary; the routes must have a destination with it.',
  'Rollout.strategy.canary.trafficRouting.istio.destinationRule.name':
    'Name of the DestinationRule Argo manages.',
  'Rollout.strategy.canary.trafficRouting.istio.destinationRule.stableSubsetName':
    'Subset that stands for the stable version; the routes must have a destination with it.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualService':
    'The VirtualService whose route weights Argo rewrites at each step.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualService.name':
    'Name of the VirtualService (or `name.namespace`); it must exist.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualService.routes':
    'Names of its `http` routes to reweight; each must list the stable and the canary destination. May be left out when there is one route.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes':
    '`tcp` routes to reweight, picked by port.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes.port': 'Port the route matches.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes':
    '`tls` routes to reweight, picked by port and SNI hosts.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes.port': 'Port the route matches.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes.sniHosts':
    'SNI host names the route matches.',
  'Rollout.strategy.canary.trafficRouting.istio.virtualServices':
    'Several VirtualServices to reweight together; use this or `virtualService`.',
  'Rollout.strategy.canary.trafficRouting.maxTrafficWeight':
    'The total weights are counted against (default 100).',
  'Rollout.strategy.canary.trafficRouting.nginx':
    'Split traffic with the NGINX ingress controller’s canary Ingress.',
  'Rollout.strategy.canary.trafficRouting.nginx.additionalIngressAnnotations':
    'Extra annotations for the canary Ingress, e.g. header-based canary rules.',
  'Rollout.strategy.canary.trafficRouting.nginx.annotationPrefix':
    'Annotation prefix the NGINX controller reads (default `nginx.ingress.kubernetes.io`).',
  'Rollout.strategy.canary.trafficRouting.nginx.canaryIngressAnnotations':
    'Annotations copied only onto the generated canary Ingress.',
  'Rollout.strategy.canary.trafficRouting.nginx.stableIngress':
    'The Ingress of the stable version that Argo copies.',
  'Rollout.strategy.canary.trafficRouting.nginx.stableIngresses': 'Several stable Ingresses to copy.',
  'Rollout.strategy.canary.trafficRouting.plugins':
    'Traffic router plugins and their settings, by plugin name.',
  'Rollout.strategy.canary.trafficRouting.smi': 'Split traffic with an SMI TrafficSplit.',
  'Rollout.strategy.canary.trafficRouting.smi.rootService':
    'Service clients call; defaults to `stableService`.',
  'Rollout.strategy.canary.trafficRouting.smi.trafficSplitName':
    'Name of the TrafficSplit to create or update.',
  'Rollout.strategy.canary.trafficRouting.traefik': 'Split traffic with a Traefik weighted service.',
  'Rollout.strategy.canary.trafficRouting.traefik.weightedTraefikServiceName':
    'Name of the TraefikService whose weights Argo edits.',
  'Rollout.template':
    'The pod template, exactly as in a Deployment (labels, containers, volumes…). It is ordinary Kubernetes, so this extension does not check inside it.',
  'Rollout.workloadRef':
    'Take the pod template from an existing Deployment instead of writing `template` here.',
  'Rollout.workloadRef.apiVersion': 'API version of the referenced workload, e.g. `apps/v1`.',
  'Rollout.workloadRef.kind': 'Kind of the referenced workload, e.g. `Deployment`.',
  'Rollout.workloadRef.name': 'Name of the referenced workload in the same namespace.',
  'Rollout.workloadRef.scaleDown':
    'What happens to the referenced Deployment: `never`, `onsuccess` or `progressively` scaled down.',
};
