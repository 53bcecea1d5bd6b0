// Hover and completion text for the Kubernetes Gateway API kinds (gateway.networking.k8s.io:
// Gateway, GatewayClass, HTTPRoute, GRPCRoute, ReferenceGrant), in our own words, for someone
// writing a canary as an HTTPRoute with weighted backendRefs. The Gateway API's Gateway uses the
// `KubeGateway` prefix so its keys never mix with Istio's Gateway. Fields that repeat with the
// same shape in HTTPRoute and GRPCRoute (parentRefs, backendRefs, header filters) are documented
// once under HTTPRoute. Merged into FIELD_DOCS by fieldDocs.ts; a test compares every text with
// the upstream CRD descriptions.

const SELECTOR_KEY = 'Label key the rule looks at, e.g. `kubernetes.io/metadata.name`.';
const GROUP_EMPTY =
  'API group of the referenced object; leave it empty (`""`) for core kinds such as Service or Secret.';

export const GATEWAY_API_FIELD_DOCS: Readonly<Record<string, string>> = {
  // ---------------------------------------------------------------------------------------------
  // Gateway (gateway.networking.k8s.io)
  KubeGateway:
    'A Gateway API **Gateway** asks a controller (Istio, when its class is `istio`) to run a proxy with the listed `listeners`. HTTPRoutes and GRPCRoutes attach to it through `parentRefs`.',
  'KubeGateway.apiVersion':
    'API group and version: `gateway.networking.k8s.io/v1` (or the older `v1beta1`). Istio’s own Gateway is `networking.istio.io` and has a different shape.',
  'KubeGateway.kind':
    'Must be `Gateway`; with this apiVersion it is the Gateway API kind, not the Istio one.',
  'KubeGateway.metadata': 'Name, namespace and labels of this Gateway.',
  'KubeGateway.metadata.name':
    'Name of the Gateway; routes point at it with `parentRefs[].name`, and Istio names the proxy deployment after it.',
  'KubeGateway.metadata.namespace':
    'Namespace of the Gateway. Routes from elsewhere must set `parentRefs[].namespace`, and the listener’s `allowedRoutes` must let them in.',
  'KubeGateway.spec': 'Which class of controller runs it (`gatewayClassName`) and the `listeners` it opens.',
  'KubeGateway.addresses':
    'Addresses you ask the controller to give this Gateway (a fixed IP or hostname); leave it out to let the controller choose.',
  'KubeGateway.addresses.type': 'How to read `value`: `IPAddress`, `Hostname` or a controller-specific type.',
  'KubeGateway.addresses.value': 'The requested address itself, such as `10.0.0.5`.',
  'KubeGateway.allowedListeners':
    'Whether ListenerSets from other namespaces may add listeners to this Gateway. Unset means none may.',
  'KubeGateway.allowedListeners.namespaces':
    'Which namespaces may contribute listeners (or, under `allowedRoutes`, attach routes).',
  'KubeGateway.allowedListeners.namespaces.from':
    '`Same` (the Gateway’s namespace), `All`, `Selector` (namespaces matching `selector`) or `None`.',
  'KubeGateway.allowedListeners.namespaces.selector':
    'Label selector on namespaces, used when `from` is `Selector`.',
  'KubeGateway.allowedListeners.namespaces.selector.matchExpressions':
    'Set-based conditions on namespace labels; all of them must hold.',
  'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.key': SELECTOR_KEY,
  'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.operator':
    'One of `In`, `NotIn`, `Exists` or `DoesNotExist`.',
  'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.values':
    'Values compared with `In`/`NotIn`; leave empty for `Exists` and `DoesNotExist`.',
  'KubeGateway.allowedListeners.namespaces.selector.matchLabels':
    'Labels a namespace must carry, e.g. `shared-gateway-access: "true"`.',
  'KubeGateway.defaultScope':
    'Whether routes that ask for default Gateways (`useDefaultGateways`) attach here. Experimental channel only: accepted here, not checked.',
  'KubeGateway.gatewayClassName':
    'The GatewayClass that implements this Gateway, usually `istio` for an Istio ingress (or `istio-waypoint`).',
  'KubeGateway.infrastructure':
    'Labels, annotations and parameters the controller copies onto the resources it creates for this Gateway (Deployment, Service).',
  'KubeGateway.infrastructure.annotations':
    'Annotations added to the generated Service, Deployment and so on.',
  'KubeGateway.infrastructure.labels': 'Labels added to the generated Service, Deployment and so on.',
  'KubeGateway.infrastructure.parametersRef':
    'A controller-specific object in this namespace (for Istio, a ConfigMap) with extra settings for this one Gateway.',
  'KubeGateway.infrastructure.parametersRef.group': GROUP_EMPTY,
  'KubeGateway.infrastructure.parametersRef.kind': 'Kind of the parameters object, e.g. `ConfigMap`.',
  'KubeGateway.infrastructure.parametersRef.name': 'Name of the parameters object.',
  'KubeGateway.listeners':
    'The ports this Gateway opens: each has a unique `name`, a `port`, a `protocol` and optionally a `hostname`. Routes attach to one by `sectionName`.',
  'KubeGateway.listeners.allowedRoutes':
    'Which routes may attach to this listener: from which namespaces and of which kinds. By default only routes in the Gateway’s own namespace.',
  'KubeGateway.listeners.allowedRoutes.kinds':
    'Route kinds accepted here, e.g. only `HTTPRoute`; unset means whatever suits the protocol.',
  'KubeGateway.listeners.allowedRoutes.kinds.group':
    'API group of the route kind; `gateway.networking.k8s.io` when left out.',
  'KubeGateway.listeners.allowedRoutes.kinds.kind': 'Route kind name, such as `HTTPRoute` or `GRPCRoute`.',
  'KubeGateway.listeners.allowedRoutes.namespaces':
    'Namespaces whose routes may attach: `from: Same` (default), `All` or `Selector`.',
  'KubeGateway.listeners.allowedRoutes.namespaces.from':
    '`Same` keeps attachment to the Gateway’s namespace, `All` opens it to every namespace, `Selector` to labelled ones.',
  'KubeGateway.listeners.allowedRoutes.namespaces.selector':
    'Namespace label selector, used only with `from: Selector`.',
  'KubeGateway.listeners.hostname':
    'Host name this listener answers for, such as `shop.example.com` or the wildcard `*.example.com`; a route’s `hostnames` must overlap it. Leave it out to accept any host.',
  'KubeGateway.listeners.name':
    'Listener name, unique in this Gateway; routes pick it with `parentRefs[].sectionName`.',
  'KubeGateway.listeners.port': 'Port number the gateway listens on, 1 to 65535.',
  'KubeGateway.listeners.protocol':
    'What the listener speaks: `HTTP`, `HTTPS`, `TLS`, `TCP` or `UDP` (or a controller-specific value). It decides which route kinds fit.',
  'KubeGateway.listeners.tls':
    'TLS settings for `HTTPS` and `TLS` listeners: terminate here with `certificateRefs`, or pass the stream through.',
  'KubeGateway.listeners.tls.certificateRefs':
    'Secrets with the serving certificate and key (`kubernetes.io/tls`); one in another namespace needs a ReferenceGrant there.',
  'KubeGateway.listeners.tls.certificateRefs.group': GROUP_EMPTY,
  'KubeGateway.listeners.tls.certificateRefs.kind': 'Kind of the certificate object; `Secret` when left out.',
  'KubeGateway.listeners.tls.certificateRefs.name': 'Name of the certificate Secret.',
  'KubeGateway.listeners.tls.certificateRefs.namespace':
    'Namespace of the Secret when it is not the Gateway’s own; needs a ReferenceGrant.',
  'KubeGateway.listeners.tls.mode':
    '`Terminate` decrypts at the gateway (the default); `Passthrough` forwards encrypted bytes, routed by SNI with a TLSRoute.',
  'KubeGateway.listeners.tls.options': 'Controller-specific TLS knobs as string key/value pairs.',
  'KubeGateway.tls':
    'Gateway-wide TLS: client certificate checks on incoming connections and the certificate presented to backends.',
  'KubeGateway.tls.backend': 'TLS the gateway uses when it connects on to backends.',
  'KubeGateway.tls.backend.clientCertificateRef':
    'Secret holding the client certificate the gateway shows to backends that ask for one.',
  'KubeGateway.tls.frontend': 'How clients connecting to this Gateway are verified.',
  'KubeGateway.tls.frontend.default':
    'Client verification used on every port that has no entry in `perPort`.',
  'KubeGateway.tls.frontend.default.validation':
    'Ask clients for a certificate and check it against the given CA bundles (mutual TLS).',
  'KubeGateway.tls.frontend.default.validation.caCertificateRefs':
    'ConfigMaps or Secrets holding the CA certificates that client certificates must chain to.',
  'KubeGateway.tls.frontend.default.validation.caCertificateRefs.group': GROUP_EMPTY,
  'KubeGateway.tls.frontend.default.validation.caCertificateRefs.kind':
    'Kind of the CA object, e.g. `ConfigMap`.',
  'KubeGateway.tls.frontend.default.validation.caCertificateRefs.name': 'Name of the CA object.',
  'KubeGateway.tls.frontend.default.validation.caCertificateRefs.namespace':
    'Namespace of the CA object, when not the Gateway’s; needs a ReferenceGrant.',
  'KubeGateway.tls.frontend.default.validation.mode':
    '`AllowValidOnly` refuses clients without a valid certificate; `AllowInsecureFallback` lets them in anyway.',
  'KubeGateway.tls.frontend.perPort': 'Client verification for particular ports, overriding `default`.',
  'KubeGateway.tls.frontend.perPort.port': 'The listener port this entry applies to.',
  'KubeGateway.tls.frontend.perPort.tls':
    'Client verification settings for that port, shaped like `default`.',

  // ---------------------------------------------------------------------------------------------
  // GatewayClass
  GatewayClass:
    'A **GatewayClass** names a Gateway controller installed in the cluster; Istio installs `istio` and `istio-waypoint`. Gateways pick one with `gatewayClassName`.',
  'GatewayClass.apiVersion': 'API group and version: `gateway.networking.k8s.io/v1` (or `v1beta1`).',
  'GatewayClass.kind': 'Must be `GatewayClass`.',
  'GatewayClass.metadata': 'Name and labels of the class (it has no namespace).',
  'GatewayClass.metadata.name': 'Class name that Gateways put in `gatewayClassName`.',
  'GatewayClass.metadata.namespace': 'GatewayClass is cluster-wide: leave the namespace out.',
  'GatewayClass.spec': 'Which controller serves this class and optional parameters for it.',
  'GatewayClass.controllerName':
    'Identifier of the controller, e.g. `istio.io/gateway-controller`; it cannot be changed after creation.',
  'GatewayClass.description': 'Free text telling people what this class is for.',
  'GatewayClass.parametersRef':
    'An object with controller-specific settings shared by every Gateway of this class.',
  'GatewayClass.parametersRef.group': GROUP_EMPTY,
  'GatewayClass.parametersRef.kind': 'Kind of the parameters object, e.g. `ConfigMap`.',
  'GatewayClass.parametersRef.name': 'Name of the parameters object.',
  'GatewayClass.parametersRef.namespace': 'Namespace of the parameters object, for namespaced kinds.',

  // ---------------------------------------------------------------------------------------------
  // HTTPRoute (and the shapes GRPCRoute shares with it)
  HTTPRoute:
    'An **HTTPRoute** sends HTTP requests for its `hostnames` to weighted `backendRefs`. Two Services with weights 90 and 10 in one rule are a canary; Istio runs it for the Gateways or Services named in `parentRefs`.',
  'HTTPRoute.apiVersion':
    'API group and version: `gateway.networking.k8s.io/v1` (`v1beta1` is an older alias of the same schema).',
  'HTTPRoute.kind': 'Must be `HTTPRoute`.',
  'HTTPRoute.metadata': 'Name, namespace and labels of this HTTPRoute.',
  'HTTPRoute.metadata.name': 'Name of the route; it only identifies it and need not match a host.',
  'HTTPRoute.metadata.namespace':
    'Namespace of the route; backends without a namespace are Services here, and the Gateway’s `allowedRoutes` must accept it.',
  'HTTPRoute.spec': 'What the route attaches to (`parentRefs`), which `hostnames` it serves and its `rules`.',
  'HTTPRoute.hostnames':
    'Host names this route serves, like `shop.example.com` or the wildcard `*.example.com`; they must overlap the listener’s hostname. Empty means every host the listener takes.',
  'HTTPRoute.useDefaultGateways':
    'Attach to the Gateways the cluster marks as default instead of naming parents. Experimental channel only: accepted here, not checked.',
  'HTTPRoute.parentRefs':
    'Where the route attaches: a Gateway (north-south traffic, optionally one listener via `sectionName`) or a Service (mesh traffic to that Service).',
  'HTTPRoute.parentRefs.group':
    'API group of the parent: `gateway.networking.k8s.io` for a Gateway (the default), `""` for a Service.',
  'HTTPRoute.parentRefs.kind': 'Kind of the parent: `Gateway` (the default) or `Service` for mesh routing.',
  'HTTPRoute.parentRefs.name': 'Name of the parent Gateway or Service.',
  'HTTPRoute.parentRefs.namespace':
    'Namespace of the parent when it differs from the route’s; the Gateway must then allow routes from here.',
  'HTTPRoute.parentRefs.port': 'Attach only to the parent’s listener (or Service port) with this number.',
  'HTTPRoute.parentRefs.sectionName':
    'Attach only to the listener with this `name` (for a Service, the named port). Needed when one route names the same parent twice.',
  'HTTPRoute.rules':
    'Rules that match requests and forward them. The most specific match wins across all routes of a host, not the first one written.',
  'HTTPRoute.rules.backendRefs':
    'Where matching requests go. Weights are relative: 90 and 10 give 90 % and 10 %, and 3 and 1 give 75 % and 25 %.',
  'HTTPRoute.rules.backendRefs.filters': 'Filters applied only to requests sent to this backend.',
  'HTTPRoute.rules.backendRefs.group': 'API group of the backend; `""` (the default) for a Service.',
  'HTTPRoute.rules.backendRefs.kind':
    'Kind of the backend; `Service` when left out (Istio also accepts `ServiceEntry` hosts).',
  'HTTPRoute.rules.backendRefs.name':
    'Name of the backend Service, e.g. `reviews-v2` for the canary version.',
  'HTTPRoute.rules.backendRefs.namespace':
    'Namespace of the backend when it is not the route’s; a ReferenceGrant in that namespace must allow it.',
  'HTTPRoute.rules.backendRefs.port': 'Service port to send to; a Service backend must have one.',
  'HTTPRoute.rules.backendRefs.weight':
    'Relative share of requests for this backend (default 1, `0` sends none). Shares are weight divided by the rule’s total; they need not add up to 100.',
  'HTTPRoute.rules.filters':
    'Changes applied to matching requests: header edits, mirroring, redirects, URL rewrites, CORS or an extension.',
  'HTTPRoute.rules.filters.cors': 'Answer browser CORS preflights and add CORS headers for these origins.',
  'HTTPRoute.rules.filters.cors.allowCredentials':
    'Let browsers send cookies or credentials with cross-origin requests.',
  'HTTPRoute.rules.filters.cors.allowHeaders': 'Request headers cross-origin callers may send.',
  'HTTPRoute.rules.filters.cors.allowMethods': 'HTTP methods cross-origin callers may use, or `*`.',
  'HTTPRoute.rules.filters.cors.allowOrigins':
    'Origins allowed to call, e.g. `https://app.example.com` or `*`.',
  'HTTPRoute.rules.filters.cors.exposeHeaders': 'Response headers that browser scripts may read.',
  'HTTPRoute.rules.filters.cors.maxAge': 'Seconds a browser may cache the preflight answer.',
  'HTTPRoute.rules.filters.externalAuth':
    'Ask an external authorization service before forwarding (filter type `ExternalAuth`). Experimental channel only: accepted here, not checked.',
  'HTTPRoute.rules.filters.extensionRef':
    'A controller-specific filter object, used when `type` is `ExtensionRef`.',
  'HTTPRoute.rules.filters.extensionRef.group': 'API group of the filter object.',
  'HTTPRoute.rules.filters.extensionRef.kind': 'Kind of the filter object.',
  'HTTPRoute.rules.filters.extensionRef.name': 'Name of the filter object in the route’s namespace.',
  'HTTPRoute.rules.filters.requestHeaderModifier':
    'Add, overwrite or drop request headers before forwarding.',
  'HTTPRoute.rules.filters.requestHeaderModifier.add':
    'Headers appended to the request (an existing value is kept alongside).',
  'HTTPRoute.rules.filters.requestHeaderModifier.add.name': 'Header name, matched without regard to case.',
  'HTTPRoute.rules.filters.requestHeaderModifier.add.value': 'Header value to write.',
  'HTTPRoute.rules.filters.requestHeaderModifier.remove': 'Names of headers to strip.',
  'HTTPRoute.rules.filters.requestHeaderModifier.set': 'Headers written over any existing value.',
  'HTTPRoute.rules.filters.requestMirror':
    'Send a copy of each request to another backend and ignore its answer; handy to warm up a canary without user impact.',
  'HTTPRoute.rules.filters.requestMirror.backendRef': 'The Service that receives the copies.',
  'HTTPRoute.rules.filters.requestMirror.backendRef.group':
    'API group of the mirror backend; `""` for a Service.',
  'HTTPRoute.rules.filters.requestMirror.backendRef.kind':
    'Kind of the mirror backend; `Service` by default.',
  'HTTPRoute.rules.filters.requestMirror.backendRef.name': 'Name of the mirror Service.',
  'HTTPRoute.rules.filters.requestMirror.backendRef.namespace':
    'Namespace of the mirror Service, when elsewhere (needs a ReferenceGrant).',
  'HTTPRoute.rules.filters.requestMirror.backendRef.port': 'Port of the mirror Service.',
  'HTTPRoute.rules.filters.requestMirror.fraction':
    'Mirror only `numerator`/`denominator` of the requests; use this or `percent`, not both.',
  'HTTPRoute.rules.filters.requestMirror.fraction.denominator': 'Bottom of the fraction (100 when left out).',
  'HTTPRoute.rules.filters.requestMirror.fraction.numerator':
    'Top of the fraction: how many out of `denominator` are copied.',
  'HTTPRoute.rules.filters.requestMirror.percent': 'Whole-number percentage of requests to copy (0 to 100).',
  'HTTPRoute.rules.filters.requestRedirect':
    'Answer with a redirect instead of forwarding; a rule with a redirect cannot also have backends.',
  'HTTPRoute.rules.filters.requestRedirect.hostname': 'Host name to put in the `Location` header.',
  'HTTPRoute.rules.filters.requestRedirect.path': 'How the path in `Location` is built.',
  'HTTPRoute.rules.filters.requestRedirect.path.replaceFullPath':
    'New path replacing the whole original path.',
  'HTTPRoute.rules.filters.requestRedirect.path.replacePrefixMatch':
    'Replacement for the part matched by a `PathPrefix` match; the rest of the path is kept.',
  'HTTPRoute.rules.filters.requestRedirect.path.type':
    '`ReplaceFullPath` or `ReplacePrefixMatch`, naming which of the two fields is set.',
  'HTTPRoute.rules.filters.requestRedirect.port':
    'Port to put in `Location`; left out, it follows the scheme.',
  'HTTPRoute.rules.filters.requestRedirect.scheme': '`http` or `https` for the redirect target.',
  'HTTPRoute.rules.filters.requestRedirect.statusCode':
    'Redirect status: 301, 302 (default), 303, 307 or 308.',
  'HTTPRoute.rules.filters.responseHeaderModifier':
    'Add, overwrite or drop response headers before returning them.',
  'HTTPRoute.rules.filters.type':
    'Which filter this entry is; exactly the field of that name (`requestHeaderModifier`, `urlRewrite`…) must be set next to it.',
  'HTTPRoute.rules.filters.urlRewrite':
    'Change the host or path before forwarding; the client sees no redirect.',
  'HTTPRoute.rules.filters.urlRewrite.hostname': 'Host header value sent to the backend.',
  'HTTPRoute.rules.filters.urlRewrite.path': 'Path rewrite, shaped like a redirect’s `path`.',
  'HTTPRoute.rules.matches':
    'Conditions on path, headers, query and method; a request matching any one entry takes this rule. Unset matches every path.',
  'HTTPRoute.rules.matches.headers':
    'Headers that must all be present with the given values, e.g. `x-canary: "true"` to pin testers to the canary.',
  'HTTPRoute.rules.matches.headers.name': 'Header name, compared without regard to case.',
  'HTTPRoute.rules.matches.headers.type': '`Exact` (the default) or `RegularExpression`.',
  'HTTPRoute.rules.matches.headers.value': 'Value to compare with the request header.',
  'HTTPRoute.rules.matches.method': 'HTTP method that must be used, e.g. `GET`.',
  'HTTPRoute.rules.matches.path':
    'Path condition; left out, it is a `PathPrefix` of `/` and matches everything.',
  'HTTPRoute.rules.matches.path.type':
    '`PathPrefix` (whole segments: `/api` covers `/api/x` but not `/apix`), `Exact`, or `RegularExpression`.',
  'HTTPRoute.rules.matches.path.value':
    'The path or pattern; `Exact` and `PathPrefix` values start with `/`.',
  'HTTPRoute.rules.matches.queryParams': 'Query string parameters that must all match.',
  'HTTPRoute.rules.matches.queryParams.name': 'Parameter name, compared exactly.',
  'HTTPRoute.rules.matches.queryParams.type': '`Exact` (the default) or `RegularExpression`.',
  'HTTPRoute.rules.matches.queryParams.value': 'Value to compare with the parameter.',
  'HTTPRoute.rules.name': 'Optional name for the rule, unique in the route; shows up in status and policies.',
  'HTTPRoute.rules.retry':
    'Retry failed requests to the backends: how often, on which status codes, with what backoff. Experimental channel only: accepted here, not checked.',
  'HTTPRoute.rules.sessionPersistence':
    'Keep a client on the backend it first reached, by cookie or header. Experimental channel only: accepted here, not checked.',
  'HTTPRoute.rules.timeouts': 'Time limits for requests matching this rule.',
  'HTTPRoute.rules.timeouts.backendRequest':
    'Limit for one attempt to a backend (retries each get their own), as a duration like `2s`.',
  'HTTPRoute.rules.timeouts.request':
    'Limit for the whole request from the client’s side, including retries, e.g. `10s`; `0s` turns the limit off.',

  // ---------------------------------------------------------------------------------------------
  // GRPCRoute (the rest is shared with HTTPRoute)
  GRPCRoute:
    'A **GRPCRoute** routes gRPC calls by service and method to weighted `backendRefs`, like an HTTPRoute does for plain HTTP.',
  'GRPCRoute.apiVersion': 'API group and version: `gateway.networking.k8s.io/v1` is the one served.',
  'GRPCRoute.kind': 'Must be `GRPCRoute`.',
  'GRPCRoute.metadata': 'Name, namespace and labels of this GRPCRoute.',
  'GRPCRoute.metadata.name': 'Name of the route.',
  'GRPCRoute.metadata.namespace': 'Namespace of the route; backends without a namespace are Services here.',
  'GRPCRoute.spec': 'The parents it attaches to, its `hostnames` and its `rules`.',
  'GRPCRoute.hostnames':
    'Host names (`:authority`) this route serves; empty means any host the listener takes.',
  'GRPCRoute.rules': 'Rules that match calls by gRPC service, method and headers and forward them.',
  'GRPCRoute.rules.backendRefs':
    'Services the matching calls go to, with relative weights for a canary split.',
  'GRPCRoute.rules.backendRefs.filters': 'Filters applied only to calls sent to this backend.',
  'GRPCRoute.rules.backendRefs.group': 'API group of the backend; `""` for a Service.',
  'GRPCRoute.rules.backendRefs.kind': 'Kind of the backend; `Service` when left out.',
  'GRPCRoute.rules.backendRefs.name': 'Name of the backend Service.',
  'GRPCRoute.rules.backendRefs.namespace':
    'Namespace of the backend, when elsewhere (needs a ReferenceGrant).',
  'GRPCRoute.rules.backendRefs.port': 'Service port to call; a Service backend must have one.',
  'GRPCRoute.rules.backendRefs.weight': 'Relative share of calls for this backend; `0` sends none.',
  'GRPCRoute.rules.filters': 'Header edits, mirroring or an extension applied to matching calls.',
  'GRPCRoute.rules.filters.extensionRef':
    'A controller-specific filter object, used when `type` is `ExtensionRef`.',
  'GRPCRoute.rules.filters.type':
    'Which filter this entry is; the field of the same name must be set beside it.',
  'GRPCRoute.rules.matches': 'Conditions on the gRPC method and headers; any one entry matching is enough.',
  'GRPCRoute.rules.matches.headers': 'Metadata headers that must all be present with the given values.',
  'GRPCRoute.rules.matches.headers.name': 'Header name, compared without regard to case.',
  'GRPCRoute.rules.matches.headers.type': '`Exact` (the default) or `RegularExpression`.',
  'GRPCRoute.rules.matches.headers.value': 'Value to compare with the header.',
  'GRPCRoute.rules.matches.method':
    'The gRPC service and method to match; either may be left out to match all.',
  'GRPCRoute.rules.matches.method.method': 'Method name, e.g. `GetReview`.',
  'GRPCRoute.rules.matches.method.service': 'Fully qualified service, e.g. `shop.v1.Reviews`.',
  'GRPCRoute.rules.matches.method.type': '`Exact` (the default) or `RegularExpression`.',
  'GRPCRoute.rules.sessionPersistence':
    'Keep a client on the backend it first reached. Experimental channel only: accepted here, not checked.',
  'GRPCRoute.useDefaultGateways':
    'Attach to the cluster’s default Gateways instead of naming parents. Experimental channel only: accepted here, not checked.',
  'GRPCRoute.rules.name': 'Optional name for the rule, unique in the route.',

  // ---------------------------------------------------------------------------------------------
  // ReferenceGrant
  ReferenceGrant:
    'A **ReferenceGrant** lives in the namespace being pointed at and lets routes (or Gateways) from other namespaces use its Services or Secrets.',
  'ReferenceGrant.apiVersion': 'API group and version: `gateway.networking.k8s.io/v1` (or `v1beta1`).',
  'ReferenceGrant.kind': 'Must be `ReferenceGrant`.',
  'ReferenceGrant.metadata': 'Name and namespace of this grant.',
  'ReferenceGrant.metadata.name': 'Name of the grant; only identifies it.',
  'ReferenceGrant.metadata.namespace':
    'The namespace whose objects are shared; it must be the backend’s (or Secret’s) namespace.',
  'ReferenceGrant.spec': 'Who may refer (`from`) to what in this namespace (`to`).',
  'ReferenceGrant.from': 'Kinds and namespaces allowed to refer here, e.g. HTTPRoutes from `shop`.',
  'ReferenceGrant.from.group': 'API group of the referring kind, e.g. `gateway.networking.k8s.io`.',
  'ReferenceGrant.from.kind': 'Referring kind, e.g. `HTTPRoute` or `Gateway`.',
  'ReferenceGrant.from.namespace': 'Namespace the references come from.',
  'ReferenceGrant.to': 'Kinds in this namespace that may be referred to, optionally one object by name.',
  'ReferenceGrant.to.group': 'API group of the shared kind; `""` for Services and Secrets.',
  'ReferenceGrant.to.kind': 'Shared kind, e.g. `Service`.',
  'ReferenceGrant.to.name': 'Share only this one object; left out, every object of the kind is shared.',
};

/** Our texts for the enum values a Gateway API canary author picks from. */
export const GATEWAY_API_ENUM_DOCS: Readonly<Record<string, string>> = {
  'HTTPRoute.rules.matches.path.type:PathPrefix':
    'Matches the path and everything below it, segment by segment: `/api` covers `/api` and `/api/v2`, not `/apiv2`.',
  'HTTPRoute.rules.matches.path.type:Exact': 'Matches this one path only, compared character by character.',
  'HTTPRoute.rules.matches.path.type:RegularExpression':
    'Matches paths against a pattern; Istio uses RE2 syntax. Other implementations may differ.',
  'HTTPRoute.rules.matches.headers.type:Exact': 'The header value must equal `value`.',
  'HTTPRoute.rules.matches.headers.type:RegularExpression':
    'The header value must match `value` as an RE2 pattern.',
  'KubeGateway.listeners.allowedRoutes.namespaces.from:Same':
    'Only routes in the Gateway’s own namespace attach (the default).',
  'KubeGateway.listeners.allowedRoutes.namespaces.from:All': 'Routes from any namespace may attach.',
  'KubeGateway.listeners.allowedRoutes.namespaces.from:Selector':
    'Routes from namespaces whose labels match `selector` may attach.',
  'KubeGateway.listeners.tls.mode:Terminate': 'The gateway decrypts with the Secrets in `certificateRefs`.',
  'KubeGateway.listeners.tls.mode:Passthrough':
    'The gateway forwards encrypted bytes, choosing the backend by SNI.',
};
