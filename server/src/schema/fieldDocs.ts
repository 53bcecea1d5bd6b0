// Hover and completion text for every field we know, written for someone hand-writing a canary
// release. The text is ours: it never copies or paraphrases the upstream CRD descriptions (a test
// compares them). Keys are the docKeys of istioSchemas.generated.ts, plus the manifest keys from
// manifestDocKey; ENUM_DOCS documents individual enum values under enumDocKey. This file holds the
// Istio and KubeVela texts; the Gateway API, Argo Rollouts and Flagger ones live in the
// fieldDocs*.ts files next to it and are merged here.
import { FLAGGER_BORROWED_DOCS, FLAGGER_FIELD_DOCS } from './fieldDocsFlagger';
import { GATEWAY_API_ENUM_DOCS, GATEWAY_API_FIELD_DOCS } from './fieldDocsGatewayApi';
import { ROLLOUT_FIELD_DOCS } from './fieldDocsRollout';
import { ISTIO_SCHEMAS } from './istioSchemas.generated';
import type { FieldSchema } from './schemaTypes';

/** The parts of a manifest outside `spec` that have their own documentation. */
export type ManifestField =
  | 'manifest'
  | 'apiVersion'
  | 'kind'
  | 'metadata'
  | 'metadata.name'
  | 'metadata.namespace'
  | 'metadata.labels'
  | 'metadata.annotations';

/**
 * The docKey of a manifest-level field of the kind whose docKey prefix is `kind` (its name, or
 * `KubeGateway` where names clash). The whole document is `<Kind>`; apiVersion, kind,
 * metadata, metadata.name and metadata.namespace are per kind (`VirtualService.metadata.name`),
 * because what a good name or namespace is depends on the kind; labels and annotations mean the
 * same everywhere and share `Manifest.metadata.labels` / `Manifest.metadata.annotations`.
 */
export function manifestDocKey(kind: string, field: ManifestField): string {
  if (field === 'manifest') return kind;
  if (field === 'metadata.labels' || field === 'metadata.annotations') return `Manifest.${field}`;
  return `${kind}.${field}`;
}

/** The ENUM_DOCS key of one enum value: `<docKey of the field>:<VALUE>`. */
export function enumDocKey(docKey: string, value: string): string {
  return `${docKey}:${value}`;
}

/** Reused sentences for fields that appear in several kinds. */
const EXPORT_TO =
  'Namespaces that may see this resource: `.` for its own namespace only, `*` for every namespace (the default), or explicit namespace names.';
const DURATION = 'Written as a duration string such as `500ms`, `5s` or `1m`.';

/** Our texts for the Istio networking kinds and KubeVela's AppDeployment. */
const ISTIO_FIELD_DOCS: Readonly<Record<string, string>> = {
  // ---------------------------------------------------------------------------------------------
  // Manifest level, per kind
  Gateway:
    'An Istio **Gateway** opens ports on an ingress or egress gateway deployment and says which hosts and TLS settings each port accepts. VirtualServices attach to it by name in their `gateways` list.',
  'Gateway.apiVersion':
    'API group and version of the Gateway, e.g. `networking.istio.io/v1`. `v1beta1` and `v1alpha3` are still accepted and mean the same thing.',
  'Gateway.kind': 'Must be `Gateway` (the Istio one, not the Kubernetes Gateway API kind of the same name).',
  'Gateway.metadata': 'Name, namespace and labels of this Gateway.',
  'Gateway.metadata.name':
    'Name of the Gateway. VirtualServices refer to it as `<namespace>/<name>`, or just `<name>` from the same namespace.',
  'Gateway.metadata.namespace':
    'Namespace of the Gateway. Credentials named in `tls.credentialName` are looked up next to the gateway workload, which is usually `istio-system`.',
  'Gateway.spec':
    'What the gateway listens on: the pods it configures (`selector`) and the list of `servers`.',
  VirtualService:
    'An Istio **VirtualService** decides where requests for some hosts go: ordered `http`, `tcp` or `tls` rules that match traffic and send it to weighted destinations. It is where a canary split lives.',
  'VirtualService.apiVersion':
    'API group and version of the VirtualService, e.g. `networking.istio.io/v1`. `v1beta1` and `v1alpha3` are older spellings of the same schema.',
  'VirtualService.kind': 'Must be `VirtualService`.',
  'VirtualService.metadata': 'Name, namespace and labels of this VirtualService.',
  'VirtualService.metadata.name':
    'Name of the VirtualService; it only identifies the resource and does not have to match the host it routes.',
  'VirtualService.metadata.namespace':
    'Namespace of the VirtualService. Short host names in `hosts` and in destinations are resolved relative to this namespace.',
  'VirtualService.spec':
    'The routing table: which `hosts` it applies to, which `gateways` use it, and the `http`, `tcp` and `tls` rules tried in order.',
  DestinationRule:
    'An Istio **DestinationRule** describes a destination host: its named `subsets` (for example `v1` and `v2` picked by pod labels) and the traffic policies used once routing has chosen it.',
  'DestinationRule.apiVersion':
    'API group and version of the DestinationRule, e.g. `networking.istio.io/v1`. `v1beta1` and `v1alpha3` are accepted as aliases.',
  'DestinationRule.kind': 'Must be `DestinationRule`.',
  'DestinationRule.metadata': 'Name, namespace and labels of this DestinationRule.',
  'DestinationRule.metadata.name':
    'Name of the DestinationRule. Naming it after its host (e.g. `reviews`) makes it easy to find; Istio itself does not care.',
  'DestinationRule.metadata.namespace':
    'Namespace of the DestinationRule. A short `host` is expanded with this namespace, so keep it next to the service it describes.',
  'DestinationRule.spec':
    'The `host` this rule is about, its `subsets`, and the `trafficPolicy` applied to connections towards it.',
  ServiceEntry:
    'An Istio **ServiceEntry** adds a host to the mesh service registry, typically an external API or a VM, so it can be routed to, retried and secured like an in-cluster service.',
  'ServiceEntry.apiVersion':
    'API group and version of the ServiceEntry, e.g. `networking.istio.io/v1`; `v1beta1` and `v1alpha3` are older aliases.',
  'ServiceEntry.kind': 'Must be `ServiceEntry`.',
  'ServiceEntry.metadata': 'Name, namespace and labels of this ServiceEntry.',
  'ServiceEntry.metadata.name': 'Name of the ServiceEntry; it does not need to match any of its `hosts`.',
  'ServiceEntry.metadata.namespace':
    'Namespace of the ServiceEntry; together with `exportTo` it decides which workloads learn about the added hosts.',
  'ServiceEntry.spec':
    'The `hosts` being added, their `ports`, how their addresses are found (`resolution`) and whether they are inside or outside the mesh (`location`).',
  AppDeployment:
    'A KubeVela **AppDeployment** (`core.oam.dev/v1beta1`) rolls out revisions of an OAM application and splits HTTP traffic between them. KubeVela dropped this kind after v1.1.',
  'AppDeployment.apiVersion': 'API group and version: `core.oam.dev/v1beta1` is the only one served.',
  'AppDeployment.kind': 'Must be `AppDeployment`.',
  'AppDeployment.metadata': 'Name, namespace and labels of this AppDeployment.',
  'AppDeployment.metadata.name': 'Name of the AppDeployment.',
  'AppDeployment.metadata.namespace':
    'Namespace of the AppDeployment; gateways listed without a namespace are looked up here.',
  'AppDeployment.spec':
    'Which application revisions run where (`appRevisions`) and how traffic is split among them (`traffic`).',
  'Manifest.metadata.labels':
    'Free-form `key: value` labels on the resource itself, for tools and `kubectl -l`. They do not select pods; use the spec fields for that.',
  'Manifest.metadata.annotations':
    'Free-form `key: value` notes on the resource. Istio reads a few of its own (`networking.istio.io/...`); others are ignored by the mesh.',

  // ---------------------------------------------------------------------------------------------
  // Gateway
  'Gateway.selector':
    'Pod labels of the gateway deployment to configure, e.g. `istio: ingressgateway`. If nothing matches, the Gateway silently has no effect.',
  'Gateway.servers':
    'Listeners to open: each entry is a port plus the hosts (and optional TLS settings) accepted on it.',
  'Gateway.servers.bind':
    'Restricts the listener to one IP address or a Unix socket (`unix://...`). Leave it out to listen on all addresses.',
  'Gateway.servers.defaultEndpoint':
    'Internal setting that forwards the listener to a fixed local endpoint such as `127.0.0.1:8080`; rarely needed in hand-written configuration.',
  'Gateway.servers.hosts':
    'Host names this listener accepts, such as `shop.example.com` and the wildcard `*.example.com`. A `namespace/` prefix limits which namespaces may bind VirtualServices for that host; `*/` allows all.',
  'Gateway.servers.name':
    'Optional label for the listener, unique within the Gateway; it shows up in proxy statistics.',
  'Gateway.servers.port': 'The port the gateway listens on, with its protocol and a port name.',
  'Gateway.servers.port.name':
    'A name for this port, e.g. `http` or `https-shop`; used for statistics and must be unique in the Gateway.',
  'Gateway.servers.port.number':
    'Port number the gateway pod listens on, e.g. `80` or `443`. It must be a port the gateway Service actually forwards.',
  'Gateway.servers.port.protocol':
    'Protocol spoken on the port: `HTTP`, `HTTPS`, `HTTP2`, `GRPC`, `TCP`, `TLS` or `MONGO`. `HTTPS` and `TLS` listeners need a `tls` block.',
  'Gateway.servers.port.targetPort':
    'Internal setting for the container port behind the listener; Istio derives it, so leave it out.',
  'Gateway.servers.tls':
    'TLS settings of this listener: termination mode, certificates, allowed protocol versions and ciphers.',
  'Gateway.servers.tls.caCertCredentialName':
    'Name of a Secret or ConfigMap with the CA bundle used to check client certificates in mutual TLS, when it is kept apart from `credentialName`.',
  'Gateway.servers.tls.caCertificates':
    'Path, inside the gateway pod, to the CA bundle used to check client certificates. Needed for `MUTUAL` and `OPTIONAL_MUTUAL` unless a credential supplies it.',
  'Gateway.servers.tls.caCrl':
    'Path, inside the gateway pod, to a certificate revocation list; client certificates listed in it are refused.',
  'Gateway.servers.tls.cipherSuites':
    'Restricts TLS to these cipher suites, e.g. `ECDHE-RSA-AES256-GCM-SHA384`. Omit it to keep the proxy defaults.',
  'Gateway.servers.tls.credentialName':
    'Name of the Kubernetes Secret holding the server certificate and key (and optionally a CA for clients). The Secret must live in the namespace of the gateway deployment.',
  'Gateway.servers.tls.credentialNames':
    'Several Secrets at once, e.g. one RSA and one ECDSA certificate for the same hosts. Use either this or `credentialName`.',
  'Gateway.servers.tls.ecdhCurves':
    'Restricts key exchange to these elliptic curves, e.g. `X25519` or `P-256`. Omit it to keep the proxy defaults.',
  'Gateway.servers.tls.httpsRedirect':
    'When `true` on a plain-HTTP listener, every request gets a 301 response pointing at the `https://` URL instead of being routed.',
  'Gateway.servers.tls.insecureSkipVerify':
    'When `true`, client certificates that fail verification are still accepted. Only for debugging.',
  'Gateway.servers.tls.maxProtocolVersion': 'Highest TLS version offered to clients, e.g. `TLSV1_3`.',
  'Gateway.servers.tls.minProtocolVersion':
    'Lowest TLS version clients may use, e.g. `TLSV1_2` to refuse TLS 1.0 and 1.1.',
  'Gateway.servers.tls.mode':
    'How TLS is handled on this listener: terminate it (`SIMPLE`, `MUTUAL`, `OPTIONAL_MUTUAL`), pass it through untouched (`PASSTHROUGH`, `AUTO_PASSTHROUGH`) or use mesh certificates (`ISTIO_MUTUAL`).',
  'Gateway.servers.tls.privateKey':
    'Path, inside the gateway pod, to the private key of the server certificate, for file-mounted certificates (`SIMPLE` or `MUTUAL` without a `credentialName`).',
  'Gateway.servers.tls.serverCertificate':
    'Path, inside the gateway pod, to the PEM server certificate, for file-mounted certificates; prefer `credentialName` with a Secret.',
  'Gateway.servers.tls.subjectAltNames':
    'When checking client certificates, accept only those carrying one of these SAN values.',
  'Gateway.servers.tls.tlsCertificates':
    'A list of file-mounted certificate/key pairs, an alternative to `credentialName` when serving more than one certificate.',
  'Gateway.servers.tls.tlsCertificates.caCertificates':
    'Path to a CA bundle that goes with this certificate pair.',
  'Gateway.servers.tls.tlsCertificates.privateKey':
    'Path, inside the gateway pod, to the key of this certificate pair.',
  'Gateway.servers.tls.tlsCertificates.serverCertificate':
    'Path, inside the gateway pod, to the PEM certificate of this pair.',
  'Gateway.servers.tls.verifyCertificateHash':
    'Pins client certificates: only certificates whose SHA-256 fingerprint (hex) is listed are accepted.',
  'Gateway.servers.tls.verifyCertificateSpki':
    'Pins client public keys: only certificates whose SPKI SHA-256 hash (base64) is listed are accepted.',

  // ---------------------------------------------------------------------------------------------
  // VirtualService
  'VirtualService.exportTo': EXPORT_TO,
  'VirtualService.gateways':
    'Where these rules apply: Gateway names (`my-gateway` or `istio-system/my-gateway`) and the special name `mesh` for sidecars. Leaving it out means `mesh` only, so add `mesh` explicitly if you list a gateway and still want in-mesh traffic routed.',
  'VirtualService.hosts':
    'Hosts whose traffic these rules handle, e.g. `reviews` (a service in this namespace), `reviews.prod.svc.cluster.local`, or an external name exposed by a Gateway. Wildcards such as `*.example.com` are allowed.',
  'VirtualService.http':
    'HTTP, HTTP/2 and gRPC rules, tried top to bottom; the first rule whose `match` fits handles the request. Put specific matches (a header for testers) above the catch-all weighted split.',
  'VirtualService.http.corsPolicy':
    'Browser CORS settings answered by the proxy: which origins, methods and headers cross-origin requests may use.',
  'VirtualService.http.corsPolicy.allowCredentials':
    'Whether browsers may send cookies or credentials with the real cross-origin request (`Access-Control-Allow-Credentials`).',
  'VirtualService.http.corsPolicy.allowHeaders':
    'Request headers cross-origin callers may send, e.g. `content-type`, `authorization` (`Access-Control-Allow-Headers`).',
  'VirtualService.http.corsPolicy.allowMethods':
    'HTTP methods cross-origin callers may use, e.g. `GET`, `POST` (`Access-Control-Allow-Methods`).',
  'VirtualService.http.corsPolicy.allowOrigin':
    'Old list of allowed origins as plain strings; use `allowOrigins` with `exact`/`prefix`/`regex` entries instead.',
  'VirtualService.http.corsPolicy.allowOrigins':
    'Origins allowed to call this route from a browser, each written as `exact`, `prefix` or `regex`, e.g. `- exact: https://shop.example.com`.',
  'VirtualService.http.corsPolicy.exposeHeaders':
    'Response headers that browser scripts may read (`Access-Control-Expose-Headers`).',
  'VirtualService.http.corsPolicy.maxAge': `How long browsers may reuse a preflight answer. ${DURATION}`,
  'VirtualService.http.corsPolicy.unmatchedPreflights':
    'What to do with a preflight (OPTIONS) request from an origin that is not allowed: pass it on to the service (`FORWARD`) or answer it at the proxy (`IGNORE`).',
  'VirtualService.http.delegate':
    'Hands this rule over to another VirtualService (by `name` and `namespace`) that holds the actual routes. Only allowed in a root VirtualService that has no `route`, `redirect` or `directResponse` of its own.',
  'VirtualService.http.delegate.name': 'Name of the VirtualService that takes over this rule.',
  'VirtualService.http.delegate.namespace':
    'Namespace of the delegate VirtualService; defaults to the namespace of this one.',
  'VirtualService.http.directResponse':
    'Answers matching requests at the proxy with a fixed status and optional body, without calling any service. Handy for maintenance pages or blocking a path.',
  'VirtualService.http.directResponse.body':
    'Body of the fixed response, given either as `string` or as base64 `bytes`.',
  'VirtualService.http.directResponse.body.bytes':
    'Binary body, written in base64, for content that is not plain text.',
  'VirtualService.http.directResponse.body.string':
    'Response body as plain text, e.g. `{"status":"maintenance"}`.',
  'VirtualService.http.directResponse.status': 'HTTP status code to answer with, e.g. `503` or `404`.',
  'VirtualService.http.fault':
    'Injects failures into matching requests to test how callers cope: added latency (`delay`) and failed requests (`abort`). Retries and timeouts of this rule do not apply while faults are set.',
  'VirtualService.http.fault.abort':
    'Fails a share of requests immediately with an error code, as if the service had answered with it.',
  'VirtualService.http.fault.abort.grpcStatus': 'gRPC status to fail with, by name, e.g. `UNAVAILABLE`.',
  'VirtualService.http.fault.abort.http2Error':
    'Internal: HTTP/2 error to fail with. Not generally supported; use `httpStatus`.',
  'VirtualService.http.fault.abort.httpStatus': 'HTTP status to fail with, e.g. `503`.',
  'VirtualService.http.fault.abort.percentage':
    'Share of matching requests to fail, as `value` (0 to 100, decimals allowed). Without it every matching request fails.',
  'VirtualService.http.mirrorPercentage.value':
    'A percentage from `0.0` to `100.0`; fractions such as `0.5` are allowed.',
  'VirtualService.http.fault.delay':
    'Holds back a share of requests for a while before forwarding them, to simulate a slow network or service.',
  'VirtualService.http.fault.delay.exponentialDelay':
    'Internal: randomised exponential delay. Not generally supported; use `fixedDelay`.',
  'VirtualService.http.fault.delay.fixedDelay': `How long each delayed request waits before it is forwarded, e.g. \`5s\`. ${DURATION}`,
  'VirtualService.http.fault.delay.percent':
    'Old whole-number share (0 to 100) of requests to delay; use `percentage.value` instead.',
  'VirtualService.http.fault.delay.percentage':
    'Share of matching requests to delay, as `value` (0 to 100, decimals allowed). Without it every matching request is delayed.',
  'VirtualService.http.headers':
    'Header changes applied on the way to the service (`request`) and on the way back (`response`). Set under a `route` entry to change only traffic to that destination.',
  'VirtualService.http.headers.request':
    'Header changes for one direction of traffic: `set` replaces, `add` appends, `remove` deletes.',
  'VirtualService.http.headers.request.add':
    'Headers to append as `name: value`; existing values of the same header are kept.',
  'VirtualService.http.headers.request.remove': 'Names of headers to strip, e.g. `x-debug`.',
  'VirtualService.http.headers.request.set':
    'Headers to write as `name: value`, replacing any existing value of the same header.',
  'VirtualService.http.headers.response': 'Header changes applied to responses before they reach the caller.',
  'VirtualService.http.match':
    'Conditions for this rule. Fields inside one entry must all hold; the rule applies if any entry holds. Leave it out to match everything, as the last, catch-all rule usually does.',
  'VirtualService.http.match.authority':
    'Matches the `Host`/`:authority` of the request with `exact`, `prefix` or `regex`; comparison is case-sensitive.',
  'VirtualService.http.match.gateways':
    'Applies this match only to traffic arriving through these gateways (or `mesh`), overriding the top-level `gateways` for this entry.',
  'VirtualService.http.match.headers':
    'Request headers that must match, keyed by lower-case header name, e.g. `end-user: {exact: jason}` to send testers to the canary. `{}` as the value only requires the header to be present.',
  'VirtualService.http.match.ignoreUriCase': 'When `true`, `uri` matching ignores upper/lower case.',
  'VirtualService.http.match.method':
    'Matches the HTTP method with `exact`, `prefix` or `regex`, e.g. `exact: GET`; case-sensitive.',
  'VirtualService.http.match.name':
    'A label for this match entry; it is joined to the route name in logs and access records.',
  'VirtualService.http.match.port':
    'Matches only requests sent to this port of the host. Needed when a service exposes several ports with different routing.',
  'VirtualService.http.match.queryParams':
    'Query-string parameters that must match, keyed by parameter name, e.g. `canary: {exact: "true"}`. Only `exact` and `regex` are honoured here.',
  'VirtualService.http.match.scheme':
    'Matches the URL scheme (`http` or `https`) with `exact`, `prefix` or `regex`.',
  'VirtualService.http.match.sourceLabels':
    'Matches only requests sent by workloads carrying these pod labels, e.g. `app: frontend`. Does not apply to traffic arriving through a gateway.',
  'VirtualService.http.match.sourceNamespace':
    'Matches only requests sent by workloads in this namespace. Does not apply to traffic arriving through a gateway.',
  'VirtualService.http.match.statPrefix':
    'Prefix for the statistics the proxy emits for this match, to find its metrics quickly.',
  'VirtualService.http.match.uri':
    'Matches the request path with `exact`, `prefix` or `regex`, e.g. `prefix: /api/v2`. Case-sensitive unless `ignoreUriCase` is set.',
  'VirtualService.http.match.uri.exact': 'The value must equal this string exactly, e.g. `exact: /login`.',
  'VirtualService.http.match.uri.prefix':
    'The value must start with this string, e.g. `prefix: /api/` (which also matches `/api/orders`).',
  'VirtualService.http.match.uri.regex':
    'The whole value must match this regular expression in RE2 syntax, e.g. `regex: "^/items/[0-9]+$"`. Quote it in YAML.',
  'VirtualService.http.match.withoutHeaders':
    'The opposite of `headers`: the rule applies only when these headers do not match, keyed by lower-case header name.',
  'VirtualService.http.mirror':
    'Sends a copy of each request to a second destination (for example the canary) and ignores its responses. Use `mirrorPercentage` to copy only part of the traffic.',
  'VirtualService.http.route.destination.host':
    'Service that receives the traffic, e.g. `reviews` or `reviews.prod.svc.cluster.local`. Short names are resolved in the namespace of the VirtualService, so prefer the full name across namespaces.',
  'VirtualService.http.route.destination.port':
    'Port of the destination service to use. Required only when the service exposes more than one port.',
  'VirtualService.http.route.destination.port.number': 'Service port number, e.g. `9080`.',
  'VirtualService.http.route.destination.subset':
    'Named version of the service, e.g. `v2`. The subset must be defined in a DestinationRule for the same host, or requests to it fail with 503 errors.',
  'VirtualService.http.mirrorPercent': 'Old whole-number mirroring share; use `mirrorPercentage` instead.',
  'VirtualService.http.mirrorPercentage':
    'Share of requests copied to `mirror`, as `value` from 0 to 100. Without it, every request is mirrored.',
  'VirtualService.http.mirror_percent':
    'Old snake_case spelling of `mirrorPercent`; use `mirrorPercentage` instead.',
  'VirtualService.http.mirrors':
    'Several mirror targets, each with its own `destination` and `percentage`. Use it instead of `mirror` when copying traffic to more than one place.',
  'VirtualService.http.mirrors.destination':
    'Where this copy of the traffic goes: a `host`, optionally a `subset` and `port`.',
  'VirtualService.http.mirrors.percentage':
    'Share of requests copied to this mirror, as `value` from 0 to 100.',
  'VirtualService.http.name':
    'A name for this rule, shown in proxy logs and statistics; useful to tell the canary rule from the default one.',
  'VirtualService.http.redirect':
    'Answers matching requests with an HTTP redirect instead of routing them. Cannot be combined with `route` or `directResponse` in the same rule.',
  'VirtualService.http.redirect.authority':
    'Host (and optional port) to put in the redirect URL, e.g. `new.example.com`.',
  'VirtualService.http.redirect.derivePort':
    'Lets the proxy choose the port in the redirect URL instead of a fixed `port`: either the scheme default or the port of the incoming request.',
  'VirtualService.http.redirect.port': 'Fixed port to put in the redirect URL.',
  'VirtualService.http.redirect.prefixRewrite':
    'Replaces the part of the path matched by a `uri.prefix` match, keeping the rest, e.g. `/old/` becomes `/new/`.',
  'VirtualService.http.redirect.redirectCode':
    'Status code of the redirect; `301` when omitted, `302`, `307` and `308` are common alternatives.',
  'VirtualService.http.redirect.scheme': 'Scheme to put in the redirect URL, e.g. `https`.',
  'VirtualService.http.redirect.uri': 'Replaces the whole path in the redirect URL, e.g. `/maintenance`.',
  'VirtualService.http.retries':
    'How often and under which failures the proxy retries a request before giving up. Retries count against `timeout`.',
  'VirtualService.http.retries.attempts':
    'Maximum number of retries after the first try, e.g. `3`; `0` turns retries off for this rule.',
  'VirtualService.http.retries.backoff': `Base wait between retries; the proxy adds jitter and grows it. ${DURATION}`,
  'VirtualService.http.retries.perTryTimeout':
    'Time limit for each single try, e.g. `2s`. Keep `attempts` times this below the overall `timeout`.',
  'VirtualService.http.retries.retryIgnorePreviousHosts':
    'When `true`, a retry prefers an instance that has not failed this request already.',
  'VirtualService.http.retries.retryOn':
    'Comma-separated failure kinds that trigger a retry, e.g. `5xx,gateway-error,reset,connect-failure` or gRPC names such as `unavailable`.',
  'VirtualService.http.retries.retryRemoteLocalities':
    'When `true`, retries may go to instances in other zones or regions, not only the local one.',
  'VirtualService.http.rewrite':
    'Changes the path or host of a request before it is forwarded, e.g. to strip an `/api` prefix the service does not expect.',
  'VirtualService.http.rewrite.authority': 'New `Host`/`:authority` header value for the forwarded request.',
  'VirtualService.http.rewrite.uri':
    'New path for the forwarded request. With a `uri.prefix` match only the matched prefix is replaced; otherwise the whole path is.',
  'VirtualService.http.rewrite.uriRegexRewrite':
    'Path rewrite by regular expression: parts of the path matching `match` are replaced by `rewrite`. Use it instead of `uri`, not together with it.',
  'VirtualService.http.rewrite.uriRegexRewrite.match':
    'RE2 regular expression applied to the path, e.g. `^/service/([^/]+)(/.*)$`.',
  'VirtualService.http.rewrite.uriRegexRewrite.rewrite':
    'Replacement text, where `\\1`, `\\2` insert the capture groups of `match`, e.g. `\\2/instance/\\1`.',
  'VirtualService.http.route':
    'Weighted destinations for requests that match this rule. For a canary, list the stable and canary subsets of one host with weights such as 90 and 10.',
  'VirtualService.http.route.destination':
    'Where the traffic goes: a service `host`, optionally a `subset` defined in a DestinationRule and a `port`.',
  'VirtualService.http.route.weight':
    "Share of this rule's traffic sent to this destination, as a whole-number percent (`90`, `10`). Weights in one `route` list must add up to 100; with a single destination it can be left out.",
  'VirtualService.http.timeout': `Overall time limit for a request, including retries, e.g. \`10s\`. Off (no limit) unless set. ${DURATION}`,
  'VirtualService.tcp':
    'Rules for plain TCP traffic (databases, custom protocols), tried in order; each can split connections by weight.',
  'VirtualService.tcp.match':
    'Conditions on the connection (port, source, subnet). Fields inside one entry must all hold; any entry may match.',
  'VirtualService.tcp.match.destinationSubnets':
    'Matches connections whose destination IP lies in one of these ranges, e.g. `10.0.0.0/16`.',
  'VirtualService.tcp.match.gateways':
    'Applies this match only to connections arriving through these gateways (or `mesh`).',
  'VirtualService.tcp.match.port': 'Matches only connections made to this port of the host.',
  'VirtualService.tcp.match.sourceLabels':
    'Matches only connections opened by workloads with these pod labels.',
  'VirtualService.tcp.match.sourceNamespace':
    'Matches only connections opened by workloads in this namespace.',
  'VirtualService.tcp.match.sourceSubnet':
    'Internal: source IP range to match. Rarely used; prefer `sourceLabels`.',
  'VirtualService.tcp.route':
    'Weighted destinations for matching connections; weights are whole-number percents that add up to 100.',
  'VirtualService.tcp.route.weight':
    'Share of connections sent to this destination, as a whole-number percent. All weights in the list must add up to 100.',
  'VirtualService.tls':
    'Rules for TLS traffic that is passed through without being decrypted, routed by SNI host name. Use `http` instead when the proxy terminates TLS.',
  'VirtualService.tls.match':
    'Conditions on the TLS connection; `sniHosts` is required. Fields inside one entry must all hold; any entry may match.',
  'VirtualService.tls.match.destinationSubnets':
    'Matches connections whose destination IP lies in one of these ranges, e.g. `10.0.0.0/16`.',
  'VirtualService.tls.match.gateways':
    'Applies this match only to connections arriving through these gateways (or `mesh`).',
  'VirtualService.tls.match.port': 'Matches only connections made to this port of the host.',
  'VirtualService.tls.match.sniHosts':
    'Server names (SNI) to match, e.g. `login.example.com`; each must be covered by the VirtualService `hosts`.',
  'VirtualService.tls.match.sourceLabels':
    'Matches only connections opened by workloads with these pod labels.',
  'VirtualService.tls.match.sourceNamespace':
    'Matches only connections opened by workloads in this namespace.',

  // ---------------------------------------------------------------------------------------------
  // DestinationRule
  'DestinationRule.exportTo': EXPORT_TO,
  'DestinationRule.host':
    'The service this rule is about, e.g. `reviews` or `reviews.prod.svc.cluster.local`; the same host that VirtualService destinations name. A short name is expanded with the namespace of this DestinationRule.',
  'DestinationRule.subsets':
    'Named versions of the host, each selected by pod labels, e.g. `v1` with `version: v1`. VirtualService routes refer to them by `subset` name.',
  'DestinationRule.subsets.labels':
    'Pod labels that pick the instances in this subset, e.g. `version: v2`. They are ANDed with the service selector, so they should match the labels of the canary Deployment.',
  'DestinationRule.subsets.name':
    'Name of the subset, e.g. `v1`, `stable` or `canary`. VirtualService destinations must use exactly this name in `subset`.',
  'DestinationRule.subsets.trafficPolicy':
    'Policy for this subset only: each setting given here overrides the same setting of the DestinationRule-wide `trafficPolicy` for traffic routed to the subset.',
  'DestinationRule.trafficPolicy':
    'Policy for connections to the host: load balancing, connection limits, outlier detection and client TLS. Subsets and `portLevelSettings` can override parts of it.',
  'DestinationRule.trafficPolicy.connectionPool':
    'Limits on connections and requests to each instance; exceeding them makes the proxy queue or reject requests (circuit breaking).',
  'DestinationRule.trafficPolicy.connectionPool.http':
    'Limits that apply to HTTP/1.1, HTTP/2 and gRPC traffic.',
  'DestinationRule.trafficPolicy.connectionPool.http.h2UpgradePolicy':
    'Whether plain HTTP/1.1 connections to the destination should be upgraded to HTTP/2.',
  'DestinationRule.trafficPolicy.connectionPool.http.http1MaxPendingRequests':
    'How many requests may wait for a free connection before new ones are rejected with 503.',
  'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive':
    'Keep-alive PINGs on HTTP/2 connections to the destination.',
  'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.interval': `Time between PING frames. ${DURATION}`,
  'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.timeout': `How long an unanswered PING may take before the connection is dropped. ${DURATION}`,
  'DestinationRule.trafficPolicy.connectionPool.http.http2MaxRequests':
    'Cap on requests in flight to the destination at once; further ones are rejected.',
  'DestinationRule.trafficPolicy.connectionPool.http.idleTimeout': `Closes pooled connections that carried no request for this long, e.g. \`1h\`. ${DURATION}`,
  'DestinationRule.trafficPolicy.connectionPool.http.maxConcurrentStreams':
    'Cap on parallel streams per HTTP/2 connection to an instance.',
  'DestinationRule.trafficPolicy.connectionPool.http.maxRequestsPerConnection':
    'Closes a connection after this many requests; `1` turns off keep-alive.',
  'DestinationRule.trafficPolicy.connectionPool.http.maxRetries':
    'Cap on retries in flight across all instances at once, so retries cannot swamp a struggling service.',
  'DestinationRule.trafficPolicy.connectionPool.http.useClientProtocol':
    'When `true`, the proxy talks to the service in the same HTTP version the caller used, instead of its own choice.',
  'DestinationRule.trafficPolicy.connectionPool.tcp':
    'Connection limits and timeouts for TCP (and the TCP side of HTTP) traffic.',
  'DestinationRule.trafficPolicy.connectionPool.tcp.connectTimeout': `How long opening a connection may take, e.g. \`3s\`. ${DURATION}`,
  'DestinationRule.trafficPolicy.connectionPool.tcp.idleTimeout': `Closes connections with no traffic for this long. ${DURATION}`,
  'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnectionDuration': `Closes connections once they are this old, whatever their activity. ${DURATION}`,
  'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnections':
    'Cap on open connections to the destination; beyond it requests queue or fail.',
  'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive':
    'Operating-system keep-alive probes on connections to the destination, to notice dead peers.',
  'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.interval': `Gap between unanswered probes. ${DURATION}`,
  'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.probes':
    'How many probes may go unanswered before the connection is considered dead.',
  'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.time': `Idle time before the first probe is sent. ${DURATION}`,
  'DestinationRule.trafficPolicy.loadBalancer':
    'How requests are spread over the instances of the host (or subset): a `simple` algorithm, `consistentHash` for stickiness, or `backendUtilization`. Pick one of the three.',
  'DestinationRule.trafficPolicy.loadBalancer.backendUtilization':
    'Weights instances by the load they report themselves (ORCA metrics such as CPU use), sending less traffic to busy ones.',
  'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.errorUtilizationPenaltyPercent':
    'Extra load, in percent, counted against instances that answer with errors, so they get less traffic.',
  'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization':
    'Names of reported metrics to treat as utilisation when CPU use is not what you want to balance on.',
  'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightExpirationPeriod': `After this long without a fresh report, an instance falls back to a neutral weight. ${DURATION}`,
  'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightStabilizationPeriod': `Grace period before a newly reporting instance's weight is used. ${DURATION}`,
  'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightUpdatePeriod': `How often weights are recalculated from the latest reports. ${DURATION}`,
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash':
    'Sticky sessions: requests with the same key (header, cookie, query parameter or source IP) keep going to the same instance while the set of instances is stable.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie':
    'Uses a cookie as the key; the proxy creates it with the given `name` and `ttl` if the request has none.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes':
    'Extra attributes written into a generated cookie, e.g. `SameSite`.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.name':
    'Attribute name, e.g. `SameSite`.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.value':
    'Attribute value, e.g. `Strict`; leave it out for flag attributes.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.name':
    'Cookie to hash on, e.g. `session-id`.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.path':
    'Path attribute of a generated cookie, e.g. `/`.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.ttl': `Lifetime of a generated cookie, e.g. \`3600s\`; \`0s\` makes it a session cookie. ${DURATION}`,
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpHeaderName':
    'Request header whose value is the key, e.g. `x-user-id`.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpQueryParameterName':
    'Query-string parameter whose value is the key, e.g. `user`.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev':
    'Hashes with the Maglev table algorithm: fast lookups and little reshuffling when instances change.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize':
    'Number of slots in the Maglev table; must be a prime, larger values spread keys more evenly.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.minimumRingSize':
    'Old place for the ring size; set `ringHash.minimumRingSize` instead.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash':
    'Hashes with a hash ring, the classic consistent-hashing scheme.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash.minimumRingSize':
    'Lower bound on ring entries; more entries give a more even spread at the cost of memory.',
  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.useSourceIp':
    "When `true`, the caller's IP address is the key.",
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting':
    'Prefers instances close to the caller (same zone, then region) and says where traffic goes when they are unhealthy. Needs `outlierDetection` to notice failures.',
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute':
    'Explicit percentages per locality for callers in a given locality. Use only one of `distribute`, `failover` and `failoverPriority`.',
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.from':
    'Caller locality as `region/zone/subzone`, e.g. `us-west/zone1/*`; `*` is a wildcard.',
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to':
    'Target localities and their share in percent, e.g. `"us-west/zone1/*": 80`; the shares should add up to 100.',
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.enabled':
    'Turns locality-aware load balancing on or off for this host.',
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover':
    'Which region takes over when a region has no healthy instances left.',
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from':
    'Region whose traffic is moved, e.g. `us-east`.',
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to':
    'Region that receives it, e.g. `us-west`.',
  'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority':
    'Labels (e.g. `topology.kubernetes.io/region`) ranked by importance; instances sharing more leading labels with the caller are preferred.',
  'DestinationRule.trafficPolicy.loadBalancer.simple':
    'A load-balancing algorithm without further settings, e.g. `LEAST_REQUEST` (the proxy default) or `ROUND_ROBIN`.',
  'DestinationRule.trafficPolicy.loadBalancer.warmup':
    'Ramps traffic up gradually for newly started instances instead of giving them a full share at once; useful for JVM services and for fresh canary pods.',
  'DestinationRule.trafficPolicy.loadBalancer.warmup.aggression':
    'Shape of the ramp: `1` is linear, larger values hold traffic back longer and then rise faster.',
  'DestinationRule.trafficPolicy.loadBalancer.warmup.duration': `Length of the ramp, e.g. \`120s\`. ${DURATION}`,
  'DestinationRule.trafficPolicy.loadBalancer.warmup.minimumPercent':
    'Share of normal traffic, in percent, that a new instance gets at the start of the ramp.',
  'DestinationRule.trafficPolicy.loadBalancer.warmupDurationSecs':
    'Old way of setting the ramp length; use `warmup.duration` instead.',
  'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting':
    "Keeps traffic in the caller's zone when the local zone has enough healthy instances.",
  'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.enabled':
    'Turns zone-aware routing on or off.',
  'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover':
    'Region pairs used when a zone runs out of healthy instances.',
  'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority':
    'Labels ranked by importance for choosing fallback instances, as in locality failover.',
  'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.minClusterSize':
    'Zone-aware routing only kicks in when the host has at least this many instances.',
  'DestinationRule.trafficPolicy.outlierDetection':
    'Passive health checking: instances that keep failing are taken out of rotation for a while. Worth setting on a canary so a bad version stops getting traffic by itself.',
  'DestinationRule.trafficPolicy.outlierDetection.baseEjectionTime': `How long a failing instance stays out the first time; repeat offenders stay out longer. ${DURATION}`,
  'DestinationRule.trafficPolicy.outlierDetection.consecutive5xxErrors':
    'Failures in a row (5xx answers, or connection errors for TCP) after which an instance is ejected; `0` disables this check.',
  'DestinationRule.trafficPolicy.outlierDetection.consecutiveErrors':
    'Old name for the error threshold; use `consecutive5xxErrors`.',
  'DestinationRule.trafficPolicy.outlierDetection.consecutiveGatewayErrors':
    'Ejects an instance after this many 502, 503 or 504 answers in a row; `0` disables this check.',
  'DestinationRule.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures':
    'Ejects after this many failures detected by the proxy itself (timeouts, resets); counts only when `splitExternalLocalOriginErrors` is `true`.',
  'DestinationRule.trafficPolicy.outlierDetection.interval': `How often instances are checked for ejection, e.g. \`10s\`. ${DURATION}`,
  'DestinationRule.trafficPolicy.outlierDetection.maxEjectionPercent':
    'Upper limit, in percent, on how many instances may be ejected at once. With very few pods, raise it to `100` or a failing one may never be ejected.',
  'DestinationRule.trafficPolicy.outlierDetection.minHealthPercent':
    'Ejection pauses when fewer than this percentage of instances are healthy, so the last ones keep serving.',
  'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes':
    'HTTP status codes to count as failures for ejection, instead of the default 5xx range, e.g. `[500, 503, 429]`.',
  'DestinationRule.trafficPolicy.outlierDetection.splitExternalLocalOriginErrors':
    'When `true`, failures noticed by the proxy (timeouts, resets) are counted apart from error answers of the service.',
  'DestinationRule.trafficPolicy.portLevelSettings':
    'Overrides for particular ports of the host; each entry names a `port` and carries its own load balancing, connection pool, outlier detection or TLS settings.',
  'DestinationRule.trafficPolicy.portLevelSettings.port': 'The service port these overrides apply to.',
  'DestinationRule.trafficPolicy.portLevelSettings.port.number': 'Port number, e.g. `9080`.',
  'DestinationRule.trafficPolicy.tls':
    'TLS the proxy uses when calling the host. In the mesh `ISTIO_MUTUAL` is automatic; set this mainly for external services or custom certificates.',
  'DestinationRule.trafficPolicy.tls.caCertificates':
    'Path, inside the calling pod, to the CA bundle used to check the server certificate.',
  'DestinationRule.trafficPolicy.tls.caCrl':
    'Path, inside the calling pod, to a revocation list; server certificates in it are refused.',
  'DestinationRule.trafficPolicy.tls.clientCertificate':
    'Path, inside the calling pod, to the client certificate presented in `MUTUAL` mode.',
  'DestinationRule.trafficPolicy.tls.credentialName':
    'Name of a Kubernetes Secret holding the client certificate, key and CA bundle, as an alternative to the file paths. It is looked up in the namespace of the calling proxy.',
  'DestinationRule.trafficPolicy.tls.insecureSkipVerify':
    'When `true`, the server certificate is not checked at all. Only for testing.',
  'DestinationRule.trafficPolicy.tls.mode':
    'Whether and how the proxy uses TLS towards the host: `DISABLE`, `SIMPLE` (server authentication), `MUTUAL` (own certificates) or `ISTIO_MUTUAL` (mesh certificates).',
  'DestinationRule.trafficPolicy.tls.privateKey':
    'Path, inside the calling pod, to the key of the client certificate (`MUTUAL` mode).',
  'DestinationRule.trafficPolicy.tls.sni':
    'Server name sent in the TLS handshake, e.g. `api.example.com`; needed by many external endpoints.',
  'DestinationRule.trafficPolicy.tls.subjectAltNames':
    'Accepts the server certificate only if it carries one of these SAN values.',
  'DestinationRule.trafficPolicy.proxyProtocol':
    'Sends a PROXY protocol header on each upstream connection so the service sees the original client address.',
  'DestinationRule.trafficPolicy.proxyProtocol.version':
    'PROXY protocol version: `V1` (text) or `V2` (binary).',
  'DestinationRule.trafficPolicy.retryBudget':
    'Caps retries relative to live traffic, so a struggling service is not buried in retries. An alternative to `connectionPool.http.maxRetries`.',
  'DestinationRule.trafficPolicy.retryBudget.budgetInterval': `Window over which active requests are counted for the budget. ${DURATION}`,
  'DestinationRule.trafficPolicy.retryBudget.minRetryConcurrency':
    'Retries always allowed in parallel, however little traffic there is.',
  'DestinationRule.trafficPolicy.retryBudget.percent':
    'Retries allowed as a percentage of requests in flight, e.g. `20.0`.',
  'DestinationRule.trafficPolicy.tunnel':
    'Carries TCP connections to the host through a tunnel (HTTP CONNECT or POST) to a proxy at `targetHost`:`targetPort`.',
  'DestinationRule.trafficPolicy.tunnel.protocol': 'Tunnel protocol: `CONNECT` (the default) or `POST`.',
  'DestinationRule.trafficPolicy.tunnel.targetHost': 'Host name or IP address the tunnel leads to.',
  'DestinationRule.trafficPolicy.tunnel.targetPort': 'Port at `targetHost` the tunnel leads to.',
  'DestinationRule.workloadSelector':
    'Limits the rule to client workloads with these labels. Only honoured for DestinationRules in a workload namespace, not the root namespace.',
  'DestinationRule.workloadSelector.matchLabels':
    'Pod labels of the client workloads this rule applies to, e.g. `app: frontend`.',

  // ---------------------------------------------------------------------------------------------
  // ServiceEntry
  'ServiceEntry.addresses':
    'Virtual IPs or CIDR ranges for the hosts, e.g. `192.168.10.0/24`; mostly needed for TCP services without DNS names.',
  'ServiceEntry.endpoints':
    'Concrete instances behind the hosts (IP, hostname or Unix socket) for `STATIC` or `DNS` resolution. Use either this or `workloadSelector`.',
  'ServiceEntry.endpoints.address':
    'IP address, host name or `unix://` socket of this instance, without a port.',
  'ServiceEntry.endpoints.labels':
    'Labels of this instance, e.g. `version: v2`, so DestinationRule subsets can select it like a pod.',
  'ServiceEntry.endpoints.locality':
    'Location of the instance as `region/zone/subzone`, for locality-aware load balancing.',
  'ServiceEntry.endpoints.network': 'Name of the network the instance lives on, for multi-network meshes.',
  'ServiceEntry.endpoints.ports':
    'Per-instance port numbers keyed by the port names in `ports`, e.g. `http: 8080`, when the instance listens on a different port.',
  'ServiceEntry.endpoints.serviceAccount':
    'Service account the instance runs as, used to check its mesh identity.',
  'ServiceEntry.endpoints.weight':
    'Relative share of traffic for this instance compared with the other endpoints.',
  'ServiceEntry.exportTo': EXPORT_TO,
  'ServiceEntry.hosts':
    'Host names being added to the registry, e.g. `api.example.com` or `*.example.com`. VirtualServices and DestinationRules refer to the service by these names.',
  'ServiceEntry.location':
    'Whether the service runs outside the mesh (`MESH_EXTERNAL`, no sidecars, no mutual TLS) or inside it (`MESH_INTERNAL`).',
  'ServiceEntry.ports':
    'Ports of the service, each with `number`, `protocol` and `name`, e.g. `443` / `TLS` / `https`.',
  'ServiceEntry.ports.name': 'Name of the port, e.g. `https`; endpoint `ports` maps use it as the key.',
  'ServiceEntry.ports.number': 'Port number callers use, e.g. `443`.',
  'ServiceEntry.ports.protocol':
    'Protocol on the port: `HTTP`, `HTTPS`, `HTTP2`, `GRPC`, `TCP`, `TLS` or `MONGO`.',
  'ServiceEntry.ports.targetPort': 'Port the instances actually listen on, when it differs from `number`.',
  'ServiceEntry.resolution':
    'How the proxy finds instance addresses: `NONE` (use the address the caller asked for), `STATIC` (the listed IPs), `DNS` or `DNS_ROUND_ROBIN`.',
  'ServiceEntry.subjectAltNames': "Identities (SANs) the instances' certificates must carry for mutual TLS.",
  'ServiceEntry.workloadSelector':
    'Picks in-mesh pods or WorkloadEntries by label as the instances of this service (only for `MESH_INTERNAL`). Use either this or `endpoints`.',
  'ServiceEntry.workloadSelector.labels':
    'Labels the selected pods or WorkloadEntries must carry, e.g. `app: legacy-vm`.',

  // ---------------------------------------------------------------------------------------------
  // AppDeployment (KubeVela)
  'AppDeployment.appRevisions':
    'Application revisions to keep running during the rollout, and where to place them.',
  'AppDeployment.appRevisions.placement': 'Clusters that run this revision and how many replicas each gets.',
  'AppDeployment.appRevisions.placement.clusterSelector':
    'Target cluster, by `name` or `labels`; leave it out to use the cluster the AppDeployment lives in.',
  'AppDeployment.appRevisions.placement.clusterSelector.labels': 'Labels a target cluster must carry.',
  'AppDeployment.appRevisions.placement.clusterSelector.name': 'Name of the target cluster.',
  'AppDeployment.appRevisions.placement.distribution':
    'How many replicas of the revision run in the selected cluster.',
  'AppDeployment.appRevisions.placement.distribution.replicas':
    'Replica count for this revision in that cluster, e.g. `2`.',
  'AppDeployment.appRevisions.revisionName': 'Application revision this entry is about, e.g. `myapp-v2`.',
  'AppDeployment.traffic':
    'How HTTP traffic is shared among the revisions; KubeVela turns it into Istio routing.',
  'AppDeployment.traffic.gateways': 'Istio Gateways that serve these routes, as `name` or `namespace/name`.',
  'AppDeployment.traffic.hosts': 'Host names the traffic split applies to, e.g. `myapp.example.com`.',
  'AppDeployment.traffic.http':
    'HTTP rules, each with optional `match` conditions and the weighted revisions that receive the traffic.',
  'AppDeployment.traffic.http.match': 'Conditions for the rule; any one entry matching is enough.',
  'AppDeployment.traffic.http.match.uri': 'Matches the request path.',
  'AppDeployment.traffic.http.match.uri.prefix': 'The path must start with this string, e.g. `/api`.',
  'AppDeployment.traffic.http.weightedTargets':
    'Revisions that receive the matched traffic, each with a `weight`. This is the canary split.',
  'AppDeployment.traffic.http.weightedTargets.componentName':
    'Component of the application to send traffic to, as named in the Application (without a revision suffix).',
  'AppDeployment.traffic.http.weightedTargets.port': 'Port of the component that receives the traffic.',
  'AppDeployment.traffic.http.weightedTargets.revisionName':
    'Revision that receives this share, e.g. `myapp-v2`.',
  'AppDeployment.traffic.http.weightedTargets.weight':
    "Share of the rule's traffic for this revision, as a whole-number percent. Weights in one rule should add up to 100.",
};

/** Documentation of individual enum values, keyed by enumDocKey(docKey, value). */
const ISTIO_ENUM_DOCS: Readonly<Record<string, string>> = {
  // Gateway TLS
  'Gateway.servers.tls.mode:PASSTHROUGH':
    'Forwards the encrypted stream untouched, routed by SNI; the backend terminates TLS. Route it with `tls` rules in a VirtualService.',
  'Gateway.servers.tls.mode:SIMPLE':
    'Terminates TLS at the gateway with the certificate from `credentialName`; clients need no certificate.',
  'Gateway.servers.tls.mode:MUTUAL':
    'Terminates TLS and requires every client to present a certificate signed by the configured CA.',
  'Gateway.servers.tls.mode:AUTO_PASSTHROUGH':
    'Passthrough for cross-network mesh traffic, routed by SNI without any VirtualService; used by east-west gateways.',
  'Gateway.servers.tls.mode:ISTIO_MUTUAL':
    'Terminates mutual TLS with mesh-issued certificates; for traffic from other mesh workloads.',
  'Gateway.servers.tls.mode:OPTIONAL_MUTUAL':
    'Terminates TLS, asks for a client certificate, and accepts clients that send none.',
  'Gateway.servers.tls.minProtocolVersion:TLS_AUTO': 'Let the proxy choose (currently TLS 1.2).',
  'Gateway.servers.tls.maxProtocolVersion:TLS_AUTO': 'Let the proxy choose (currently TLS 1.3).',
  // VirtualService
  'VirtualService.http.corsPolicy.unmatchedPreflights:UNSPECIFIED': 'Same as `FORWARD`.',
  'VirtualService.http.corsPolicy.unmatchedPreflights:FORWARD':
    'Pass preflights from unknown origins on to the service.',
  'VirtualService.http.corsPolicy.unmatchedPreflights:IGNORE':
    'Answer them at the proxy without CORS headers; the service never sees them.',
  'VirtualService.http.redirect.derivePort:FROM_PROTOCOL_DEFAULT':
    'Use the default port of the scheme: 80 for `http`, 443 for `https`.',
  'VirtualService.http.redirect.derivePort:FROM_REQUEST_PORT':
    'Keep the port the original request was sent to.',
  // DestinationRule
  'DestinationRule.trafficPolicy.loadBalancer.simple:UNSPECIFIED':
    'No explicit choice; the proxy default (`LEAST_REQUEST`) is used.',
  'DestinationRule.trafficPolicy.loadBalancer.simple:LEAST_CONN': 'Older name of `LEAST_REQUEST`.',
  'DestinationRule.trafficPolicy.loadBalancer.simple:RANDOM':
    'Picks an instance at random; fine for large pools with no health checking.',
  'DestinationRule.trafficPolicy.loadBalancer.simple:PASSTHROUGH':
    'No balancing: the connection goes to the address the caller asked for. Advanced use only.',
  'DestinationRule.trafficPolicy.loadBalancer.simple:ROUND_ROBIN':
    'Takes instances in turn; simple, but ignores how busy each one is.',
  'DestinationRule.trafficPolicy.loadBalancer.simple:LEAST_REQUEST':
    'Picks the less busy of two randomly chosen instances. The proxy default and usually the best choice.',
  'DestinationRule.trafficPolicy.tls.mode:DISABLE': 'Plain-text connections to the host.',
  'DestinationRule.trafficPolicy.tls.mode:SIMPLE':
    'TLS that checks the server certificate; the proxy presents none (like a browser).',
  'DestinationRule.trafficPolicy.tls.mode:MUTUAL':
    'TLS with a client certificate you provide (`clientCertificate` and `privateKey`, or `credentialName`).',
  'DestinationRule.trafficPolicy.tls.mode:ISTIO_MUTUAL':
    'Mutual TLS with certificates Istio issues; the normal mode inside the mesh.',
  'DestinationRule.trafficPolicy.connectionPool.http.h2UpgradePolicy:DEFAULT':
    'Follow the mesh-wide setting.',
  'DestinationRule.trafficPolicy.connectionPool.http.h2UpgradePolicy:DO_NOT_UPGRADE':
    'Keep HTTP/1.1 connections as they are.',
  'DestinationRule.trafficPolicy.connectionPool.http.h2UpgradePolicy:UPGRADE':
    'Upgrade HTTP/1.1 connections to HTTP/2 towards this host.',
  // ServiceEntry
  'ServiceEntry.location:MESH_EXTERNAL':
    'Outside the mesh: no sidecars, so no mutual TLS; typical for third-party APIs.',
  'ServiceEntry.location:MESH_INTERNAL':
    'Part of the mesh, e.g. VMs running a sidecar; treated like in-cluster services.',
  'ServiceEntry.resolution:NONE': 'Forward to whatever IP the caller connected to; no address lookup.',
  'ServiceEntry.resolution:STATIC': 'Use the IP addresses given in `endpoints`.',
  'ServiceEntry.resolution:DNS':
    'Look up the host (or endpoint names) in DNS and balance over all returned addresses.',
  'ServiceEntry.resolution:DNS_ROUND_ROBIN':
    'Look up the name in DNS but connect only to the first address returned; suits large external services.',
  'ServiceEntry.resolution:DYNAMIC_DNS': 'Resolve each wildcard host name on demand when a request arrives.',
};

/**
 * The texts for the docKeys under each borrowing prefix (FLAGGER_BORROWED_DOCS), taken from the
 * Istio key with the same tail: `Canary.service.retries.attempts` reads
 * `VirtualService.http.retries.attempts`. Keys with a text of their own keep it.
 */
function borrowed(
  own: Readonly<Record<string, string>>,
  separator: '.' | ':',
): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  const keys = new Set<string>();
  const walk = (field: FieldSchema): void => {
    keys.add(field.docKey);
    for (const child of Object.values(field.properties ?? {})) walk(child);
    if (field.items) walk(field.items);
    if (field.values) walk(field.values);
  };
  for (const schema of ISTIO_SCHEMAS) walk(schema.spec);
  const enumKeys = new Map<string, readonly string[]>();
  if (separator === ':') {
    const collect = (field: FieldSchema): void => {
      if (field.enum) enumKeys.set(field.docKey, field.enum);
      for (const child of Object.values(field.properties ?? {})) collect(child);
      if (field.items) collect(field.items);
      if (field.values) collect(field.values);
    };
    for (const schema of ISTIO_SCHEMAS) collect(schema.spec);
  }
  for (const key of keys) {
    for (const [prefix, istio] of FLAGGER_BORROWED_DOCS) {
      if (!key.startsWith(`${prefix}.`)) continue;
      const source = istio + key.slice(prefix.length);
      if (separator === '.') {
        const text = own[source];
        if (text && own[key] === undefined) out[key] = text;
      } else {
        for (const value of enumKeys.get(key) ?? []) {
          const text = own[enumDocKey(source, value)];
          if (text) out[enumDocKey(key, value)] = text;
        }
      }
    }
  }
  return out;
}

const OWN_FIELD_DOCS: Readonly<Record<string, string>> = {
  ...ISTIO_FIELD_DOCS,
  ...GATEWAY_API_FIELD_DOCS,
  ...ROLLOUT_FIELD_DOCS,
  ...FLAGGER_FIELD_DOCS,
};

/** Markdown documentation by docKey, for every kind. See the file header for the key scheme. */
export const FIELD_DOCS: Readonly<Record<string, string>> = {
  ...OWN_FIELD_DOCS,
  ...borrowed(OWN_FIELD_DOCS, '.'),
};

/** Markdown documentation of single enum values, by enumDocKey. */
export const ENUM_DOCS: Readonly<Record<string, string>> = {
  ...ISTIO_ENUM_DOCS,
  ...GATEWAY_API_ENUM_DOCS,
  ...borrowed(ISTIO_ENUM_DOCS, ':'),
};
