// Generates realistic Istio YAML for the benchmark: Gateways, DestinationRules and weighted
// VirtualServices with comments, a few injected schema errors that both servers must report,
// and cursor markers for completion and hover. Deterministic for a given seed.

/** A small seeded PRNG (mulberry32), so every run measures the same text. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Markers in templates: {{key}} key position (start of an existing key, where a user would type
 * a sibling), {{enum}} start of an enum value, {{subset}} start of a subset value, {{gateway}}
 * start of a gateway reference, {{hover}} inside a key. They are removed and their offsets kept.
 */
const MARKER = /\{\{(key|enum|subset|gateway|hover)\}\}/g;

/** Schema errors both servers report, injected by replacing one line of a template. */
export const ERROR_KINDS = ['unknown-field', 'invalid-enum', 'type-mismatch'];

class Writer {
  constructor() {
    this.parts = [];
    this.offset = 0;
    this.lines = 0;
    this.documents = 0;
    this.markers = { key: [], enum: [], subset: [], gateway: [], hover: [] };
    /** Offsets of the lines carrying an injected error, by kind. */
    this.errors = [];
  }

  document(lines, error) {
    if (this.documents > 0) this.push('---');
    this.documents++;
    for (const line of lines) {
      if (error && line.includes(error.match)) {
        this.errors.push({ kind: error.kind, line: this.lines });
        this.push(line.replace(error.match, error.replacement));
      } else {
        this.push(line);
      }
    }
  }

  push(line) {
    let clean = '';
    let last = 0;
    for (const m of line.matchAll(MARKER)) {
      clean += line.slice(last, m.index);
      this.markers[m[1]].push(this.offset + clean.length);
      last = m.index + m[0].length;
    }
    clean += line.slice(last);
    this.parts.push(clean, '\n');
    this.offset += clean.length + 1;
    this.lines++;
  }

  text() {
    return this.parts.join('');
  }
}

function gateway(g) {
  const ns = `team-${g % 7}`;
  return [
    `# Public entry for ${ns}: plain HTTP redirects to HTTPS at the load balancer.`,
    'apiVersion: networking.istio.io/v1beta1',
    'kind: Gateway',
    'metadata:',
    `  name: gw-${g}`,
    `  namespace: ${ns}`,
    'spec:',
    '  selector:',
    '    istio: ingressgateway',
    '  {{hover}}servers:',
    '  - port:',
    '      number: 80',
    '      name: http',
    '      protocol: {{enum}}HTTP',
    '    hosts:',
    `    - "*.shop-${g}.example.com"`,
    '  - port:',
    '      number: 443',
    '      name: https',
    '      {{hover}}protocol: {{enum}}HTTPS',
    '    hosts:',
    `    - "*.shop-${g}.example.com"`,
    '    tls:',
    '      mode: {{enum}}SIMPLE',
    `      {{key}}credentialName: gw-${g}-cert`,
  ];
}

function destinationRule(s, ns) {
  return [
    `# Subsets of svc-${s} by version label; v2 is the canary.`,
    'apiVersion: networking.istio.io/v1beta1',
    'kind: DestinationRule',
    'metadata:',
    `  name: svc-${s}`,
    `  namespace: ${ns}`,
    'spec:',
    `  {{hover}}host: svc-${s}.${ns}.svc.cluster.local`,
    '  trafficPolicy:',
    '    connectionPool:',
    '      tcp:',
    '        maxConnections: 100',
    '      http:',
    '        http1MaxPendingRequests: 10',
    '    loadBalancer:',
    '      simple: {{enum}}ROUND_ROBIN',
    '    outlierDetection:',
    '      consecutive5xxErrors: 5',
    '      interval: 30s',
    '      {{key}}baseEjectionTime: 60s',
    '  subsets:',
    '  - {{hover}}name: v1',
    '    labels:',
    '      version: v1',
    '  - name: v2',
    '    labels:',
    '      version: v2',
    '    trafficPolicy:',
    '      loadBalancer:',
    '        simple: {{enum}}LEAST_REQUEST',
  ];
}

function virtualService(s, ns, g, canaryWeight) {
  const host = `svc-${s}.${ns}.svc.cluster.local`;
  return [
    `# Canary for svc-${s}: ${100 - canaryWeight}% stable, ${canaryWeight}% canary; testers opt in by header.`,
    'apiVersion: networking.istio.io/v1beta1',
    'kind: VirtualService',
    'metadata:',
    `  name: svc-${s}`,
    `  namespace: ${ns}`,
    'spec:',
    '  hosts:',
    `  - ${host}`,
    `  - "svc-${s}.shop-${g}.example.com"`,
    '  {{hover}}gateways:',
    `  - {{gateway}}team-${g % 7}/gw-${g}`,
    '  - mesh',
    '  http:',
    '  - name: testers',
    '    match:',
    '    - headers:',
    '        x-canary:',
    '          exact: "true"',
    '    route:',
    '    - destination:',
    `        host: ${host}`,
    '        subset: {{subset}}v2',
    '  - name: weighted  # the main split',
    '    route:',
    '    - destination:',
    `        host: ${host}`,
    '        {{hover}}subset: {{subset}}v1',
    '        port:',
    '          number: 8080',
    `      {{hover}}weight: ${100 - canaryWeight}`,
    '    - destination:',
    `        host: ${host}`,
    '        subset: {{subset}}v2',
    '        port:',
    '          number: 8080',
    `      weight: ${canaryWeight}`,
    '    {{hover}}timeout: 5s',
    '    {{key}}retries:',
    '      attempts: 3',
    '      perTryTimeout: 2s',
    '      retryOn: 5xx,connect-failure',
  ];
}

function service(s, ns) {
  return [
    `# The pods of svc-${s}, both versions; the DestinationRule splits them by label.`,
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: svc-${s}`,
    `  namespace: ${ns}`,
    'spec:',
    '  selector:',
    `    app: svc-${s}`,
    '  ports:',
    '  - name: http',
    '    port: 8080',
  ];
}

/** An injected error for the document kind, or undefined for a clean document. */
function errorFor(kind, n) {
  if (kind === 'VirtualService')
    return { kind: 'unknown-field', match: '{{key}}retries:', replacement: '{{key}}retrys:' };
  if (kind === 'DestinationRule')
    return {
      kind: 'invalid-enum',
      match: 'simple: {{enum}}ROUND_ROBIN',
      replacement: 'simple: {{enum}}ROUND_ROBBIN',
    };
  return n % 2
    ? { kind: 'type-mismatch', match: 'number: 80', replacement: 'number: eighty' }
    : { kind: 'unknown-field', match: '{{key}}credentialName', replacement: '{{key}}credentialNam' };
}

/**
 * A multi-document stream: a Gateway every fourth service, then a Service, a DestinationRule and
 * a VirtualService per service, until `minLines` lines. Every `errorEvery`-th document carries one
 * schema error.
 */
export function generateStream({ minLines, seed = 1, errorEvery = 40 }) {
  const random = prng(seed);
  const w = new Writer();
  const weights = [5, 10, 20, 25, 50];
  let s = 0;
  const maybeError = (kind) =>
    w.documents % errorEvery === errorEvery - 1 ? errorFor(kind, w.documents) : undefined;
  while (w.lines < minLines) {
    const g = Math.floor(s / 4);
    const ns = `team-${g % 7}`;
    if (s % 4 === 0) w.document(gateway(g), maybeError('Gateway'));
    w.document(service(s, ns));
    w.document(destinationRule(s, ns), maybeError('DestinationRule'));
    const weight = weights[Math.floor(random() * weights.length)];
    w.document(virtualService(s, ns, g, weight), maybeError('VirtualService'));
    s++;
  }
  return { text: w.text(), lines: w.lines, documents: w.documents, markers: w.markers, errors: w.errors };
}

/**
 * One file of a generated workspace: 10 documents (a Gateway, then three Service /
 * DestinationRule / VirtualService triples) whose VirtualServices are bound to the Gateway of the
 * next file, so the cross-file index has real work to do; every tenth file has two typos.
 */
export function generateWorkspaceFile(i, fileCount) {
  const w = new Writer();
  const next = (i + 1) % fileCount;
  const ns = `team-${next % 7}`;
  w.document(gateway(i));
  for (let k = 0; k < 3; k++) {
    const s = i * 3 + k;
    w.document(service(s, ns));
    w.document(destinationRule(s, ns));
    let lines = virtualService(s, ns, next, 10);
    // Every tenth file misspells a Gateway reference and a destination host, so the rules that
    // look up (and suggest) names across the workspace have findings to make.
    if (i % 10 === 9 && k === 0)
      lines = lines.map((line) =>
        line.replace(`/gw-${next}`, `/gw-${next}x`).replace(`host: svc-${s}.${ns}`, `host: svc-${s}x.${ns}`),
      );
    w.document(lines);
  }
  return { text: w.text(), documents: w.documents };
}
