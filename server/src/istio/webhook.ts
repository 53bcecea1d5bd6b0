// The predicates Istio's validation webhook applies to names, hosts, ports, protocols and
// durations (pkg/config/validation/validation.go and agent/validation.go, pkg/config/labels,
// pkg/config/host, pkg/config/protocol), reimplemented so a rule can say "the webhook refuses
// this" from the file alone. Pure functions over strings and numbers; no YAML, no LSP.

// Istio's own label pattern (pkg/config/labels) admits upper case letters, unlike Kubernetes'.
const DNS1123_LABEL = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
const WILDCARD_DNS1123_LABEL = /^(\*|(\*|\*-)?[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?)$/;

/** labels.IsDNS1123Label: letters, digits and `-`, starting and ending with a letter or digit, at most 63. */
export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && DNS1123_LABEL.test(value);
}

function isWildcardDns1123Label(value: string): boolean {
  return value.length <= 63 && WILDCARD_DNS1123_LABEL.test(value);
}

/** agent.ValidateDNS1123Labels: every dot-separated label is a DNS-1123 label, the last not all digits. */
export function dns1123LabelsProblem(domain: string): string | undefined {
  const parts = domain.split('.');
  const top = parts[parts.length - 1]!;
  if (/^[+-]?\d+$/.test(top)) return `its top-level domain \`${top}\` is all digits`;
  for (let i = 0; i < parts.length; i++) {
    const label = parts[i]!;
    if (i === parts.length - 1 && label === '') return undefined; // `istio.io.` is allowed
    if (label === '') return 'it has an empty label (two dots in a row, or a leading dot)';
    if (!isDns1123Label(label)) return `\`${label}\` is not a valid DNS label`;
  }
  return undefined;
}

function preconditionsProblem(name: string): string | undefined {
  if (name.length > 255) return 'it is longer than 255 characters';
  if (name.length === 0) return 'it is empty';
  return undefined;
}

/** agent.ValidateWildcardDomain: a host name whose first label may be a wildcard (`*`, `*.x`, `*x`). */
export function wildcardDomainProblem(domain: string): string | undefined {
  const pre = preconditionsProblem(domain);
  if (pre) return pre;
  const dot = domain.indexOf('.');
  const first = dot < 0 ? domain : domain.slice(0, dot);
  if (!isWildcardDns1123Label(first)) return `\`${first}\` is not a valid DNS label`;
  return dot < 0 ? undefined : dns1123LabelsProblem(domain.slice(dot + 1));
}

/** agent.ValidateFQDN: every label a DNS label, no wildcard. */
export function fqdnProblem(name: string): string | undefined {
  return preconditionsProblem(name) ?? dns1123LabelsProblem(name);
}

/** agent.ValidatePartialWildCard: `*` may only be the whole host or a `*.` prefix. */
export function isPartialWildcard(host: string): boolean {
  return host.includes('*') && host.length !== 1 && !host.startsWith('*.');
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** An IPv4 or IPv6 address (netip.ParseAddr), without a prefix length. */
export function isIpAddress(value: string): boolean {
  if (IPV4.test(value)) return true;
  if (!value.includes(':')) return false;
  const zoneless = value.split('%')[0]!;
  try {
    return new URL(`http://[${zoneless}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** agent.ValidateIPSubnet: `a.b.c.d`, `a.b.c.d/nn`, or the IPv6 forms. */
export function isIpOrSubnet(value: string): boolean {
  const parts = value.split('/');
  if (parts.length > 2) return false;
  if (!isIpAddress(parts[0]!)) return false;
  if (parts.length === 1) return true;
  const bits = parts[1]!;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (parts[0]!.includes(':') ? 128 : 32);
}

function isWildcarded(host: string): boolean {
  return host.startsWith('*');
}

/** host.Name.Matches: equal, or one is a wildcard that covers the other. */
export function hostsOverlap(a: string, b: string): boolean {
  if (isWildcarded(a)) {
    if (isWildcarded(b)) {
      return a.length > b.length ? a.slice(1).endsWith(b.slice(1)) : b.slice(1).endsWith(a.slice(1));
    }
    return b.endsWith(a.slice(1));
  }
  if (isWildcarded(b)) return a.endsWith(b.slice(1));
  return a === b;
}

/** host.Name.SubsetOf: every name `a` covers is covered by `b`. */
export function hostSubsetOf(a: string, b: string): boolean {
  if (isWildcarded(a)) {
    if (!isWildcarded(b)) return false;
    return a.slice(1).endsWith(b.slice(1));
  }
  if (isWildcarded(b)) return a.endsWith(b.slice(1));
  return a === b;
}

export type Protocol =
  | 'TCP'
  | 'UDP'
  | 'GRPC'
  | 'GRPC-Web'
  | 'HTTP'
  | 'HTTP_PROXY'
  | 'HTTP2'
  | 'HTTPS'
  | 'TLS'
  | 'Mongo'
  | 'Redis'
  | 'MySQL';

const PROTOCOLS: Readonly<Record<string, Protocol>> = {
  tcp: 'TCP',
  udp: 'UDP',
  grpc: 'GRPC',
  'grpc-web': 'GRPC-Web',
  http: 'HTTP',
  http_proxy: 'HTTP_PROXY',
  http2: 'HTTP2',
  https: 'HTTPS',
  tls: 'TLS',
  mongo: 'Mongo',
  redis: 'Redis',
  mysql: 'MySQL',
};

/** protocol.Parse: case-insensitive; undefined for what Istio calls UnsupportedProtocol. */
export function parseProtocol(value: string): Protocol | undefined {
  return PROTOCOLS[value.toLowerCase()];
}

export function isHttpProtocol(p: Protocol | undefined): boolean {
  return p === 'HTTP' || p === 'HTTP2' || p === 'HTTP_PROXY' || p === 'GRPC' || p === 'GRPC-Web';
}

export function isTlsProtocol(p: Protocol | undefined): boolean {
  return p === 'HTTPS' || p === 'TLS';
}

export const SUPPORTED_PROTOCOLS = 'HTTP, HTTPS, HTTP2, GRPC, GRPC-Web, TCP, TLS, Mongo, Redis, MySQL';

const DURATION_UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/**
 * Go's time.ParseDuration (what the CRDs' CEL `duration()` uses): `10s`, `1.5s`, `1m30s`,
 * `250ms`. Returns milliseconds, or undefined when Go would refuse the text.
 */
export function parseGoDuration(text: string): number | undefined {
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return undefined;
  let total = 0;
  const part = /^(\d*)(\.(\d*))?([a-zµμ]+)/;
  while (s.length > 0) {
    const m = part.exec(s);
    if (!m) return undefined;
    const whole = m[1] ?? '';
    const frac = m[3] ?? '';
    if (whole === '' && frac === '') return undefined;
    const unit = DURATION_UNITS[m[4]!];
    if (unit === undefined) return undefined;
    total += Number(`${whole || '0'}.${frac || '0'}`) * unit;
    s = s.slice(m[0].length);
  }
  return sign * total;
}

/**
 * The duration a mistyped value most likely meant, as Istio writes it: a bare number is
 * seconds (`10` → `10s`), and `2 seconds` or `500 ms` lose the space and the long unit.
 */
export function suggestDuration(text: string): string | undefined {
  const bare = /^\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (bare) return `${bare[1]}s`;
  const worded = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Zµμ]+)\s*$/.exec(text);
  if (!worded) return undefined;
  const unit = worded[2]!.toLowerCase();
  const names: Readonly<Record<string, string>> = {
    ms: 'ms',
    msec: 'ms',
    msecs: 'ms',
    millisecond: 'ms',
    milliseconds: 'ms',
    s: 's',
    sec: 's',
    secs: 's',
    second: 's',
    seconds: 's',
    m: 'm',
    min: 'm',
    mins: 'm',
    minute: 'm',
    minutes: 'm',
    h: 'h',
    hr: 'h',
    hrs: 'h',
    hour: 'h',
    hours: 'h',
  };
  const short = names[unit];
  return short ? `${worded[1]}${short}` : undefined;
}

/**
 * labels.Instance.Validate for one label: the key a qualified name (optional DNS prefix and `/`),
 * the value empty or a qualified name (Istio sets no length limit on the value). Returns the
 * problem, or undefined.
 */
export function labelProblem(key: string, value: string): string | undefined {
  const slash = key.indexOf('/');
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const qualifiedName = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
  const prefixOk = prefix === undefined || (prefix.length <= 253 && prefix.split('.').every(isDns1123Label));
  if (!prefixOk || name.length > 63 || !qualifiedName.test(name))
    return `\`${key}\` is not a valid label key`;
  if (value !== '' && !qualifiedName.test(value))
    return `\`${value}\` is not a valid label value (letters, digits, \`-\`, \`_\`, \`.\`, starting and ending with a letter or digit)`;
  return undefined;
}

/** jwt.ToRoutingClaim(...).Match: a `@request.auth.claims.name` or `@request.auth.claims[name]` key. */
export function isJwtClaimKey(name: string): boolean {
  const prefix = '@request.auth.claims';
  if (!name.toLowerCase().startsWith(prefix)) return false;
  const rest = name.slice(prefix.length);
  return (
    (rest.startsWith('.') && rest.length > 1) ||
    (rest.startsWith('[') && rest.endsWith(']') && rest.length > 2)
  );
}
