// A small Kubernetes API server stand-in that real kubectl accepts, for tests only: discovery,
// the OpenAPI v3 documents kubectl reads to learn that the server validates fields itself,
// namespaced get/list/create/patch/delete with dryRun, bearer-token users with RBAC-like
// read/write rights, and the error statuses kubectl turns into its usual messages.
// It serves HTTPS on 127.0.0.1 (kubectl never sends bearer tokens over plain HTTP) with a
// self-signed certificate made by openssl at start, keeps everything in memory, records every
// request, and closes itself after `lifetimeMs`. It imports nothing from client/ or server/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface StandInUser {
  name: string;
  token: string;
  /** Users without write rights get 403 Forbidden on create, patch and delete. */
  canWrite: boolean;
}

export interface StandInOptions {
  users?: StandInUser[];
  /** When false the networking.istio.io group is not served, as on a cluster without Istio. */
  istioCrds?: boolean;
  /**
   * API groups of optional CRDs not to serve (gateway.networking.k8s.io, argoproj.io,
   * flagger.app), as on a cluster without Gateway API, Argo Rollouts or Flagger.
   */
  absentGroups?: string[];
  /** Kinds nobody may get or list (403 Forbidden), e.g. `['Gateway']`; `group/Kind` to be exact. */
  forbiddenKinds?: string[];
  /** The port to listen on (default: any free one). */
  port?: number;
  /** The server closes itself after this long, so a failed test never leaves it running. */
  lifetimeMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string;
  body: string;
  user: string | undefined;
}

export interface StoredObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

interface ResourceType {
  group: string;
  versions: string[];
  kind: string;
  plural: string;
  namespaced: boolean;
}

type Json = Record<string, unknown>;
interface Reply {
  code: number;
  body: unknown;
  /** The body is already encoded (the protobuf OpenAPI v2 document). */
  raw?: boolean;
}

const coreTypes: ResourceType[] = [
  { group: '', versions: ['v1'], kind: 'Namespace', plural: 'namespaces', namespaced: false },
  { group: '', versions: ['v1'], kind: 'Service', plural: 'services', namespaced: true },
  { group: '', versions: ['v1'], kind: 'ConfigMap', plural: 'configmaps', namespaced: true },
  { group: '', versions: ['v1'], kind: 'Pod', plural: 'pods', namespaced: true },
  { group: 'apps', versions: ['v1'], kind: 'Deployment', plural: 'deployments', namespaced: true },
  { group: 'apps', versions: ['v1'], kind: 'StatefulSet', plural: 'statefulsets', namespaced: true },
];
/** CRDs a cluster may or may not have: Gateway API, Argo Rollouts, Flagger. */
const optionalTypes: ResourceType[] = [
  {
    group: 'gateway.networking.k8s.io',
    versions: ['v1', 'v1beta1'],
    kind: 'Gateway',
    plural: 'gateways',
    namespaced: true,
  },
  {
    group: 'gateway.networking.k8s.io',
    versions: ['v1', 'v1beta1'],
    kind: 'HTTPRoute',
    plural: 'httproutes',
    namespaced: true,
  },
  { group: 'argoproj.io', versions: ['v1alpha1'], kind: 'Rollout', plural: 'rollouts', namespaced: true },
  { group: 'flagger.app', versions: ['v1beta1'], kind: 'Canary', plural: 'canaries', namespaced: true },
];
const istioVersions = ['v1', 'v1beta1', 'v1alpha3'];
const istioTypes: ResourceType[] = [
  {
    group: 'networking.istio.io',
    versions: istioVersions,
    kind: 'VirtualService',
    plural: 'virtualservices',
    namespaced: true,
  },
  {
    group: 'networking.istio.io',
    versions: istioVersions,
    kind: 'DestinationRule',
    plural: 'destinationrules',
    namespaced: true,
  },
  {
    group: 'networking.istio.io',
    versions: istioVersions,
    kind: 'Gateway',
    plural: 'gateways',
    namespaced: true,
  },
  {
    group: 'networking.istio.io',
    versions: istioVersions,
    kind: 'ServiceEntry',
    plural: 'serviceentries',
    namespaced: true,
  },
];

const maxBodyBytes = 1024 * 1024;
const maxRecordedRequests = 5000;

/** Makes a throwaway self-signed certificate for 127.0.0.1 with the system's openssl. */
function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kube-standin-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore', timeout: 20_000 },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * kubectl 1.27 and 1.28 read OpenAPI v2, and only as protobuf. An empty document (swagger "2.0"
 * and an info block, no paths) is enough: kubectl then finds no schema for our kinds and leaves
 * validation to the server. Hand-encoded: field 1 `swagger` and field 2 `info` {1 title, 2 version}.
 */
function minimalOpenApiV2(): Buffer {
  const field = (tag: number, bytes: Buffer) => Buffer.concat([Buffer.from([tag, bytes.length]), bytes]);
  const info = Buffer.concat([
    field(0x0a, Buffer.from('Kubernetes API stand-in')),
    field(0x12, Buffer.from('v1.30.0')),
  ]);
  return Buffer.concat([field(0x0a, Buffer.from('2.0')), field(0x12, info)]);
}

function groupVersion(group: string, version: string): string {
  return group === '' ? version : `${group}/${version}`;
}

function status(code: number, reason: string, message: string, details?: Json): Json {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    details,
    code,
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 7386 JSON merge patch; also used for strategic merge (lists are replaced, not merged). */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Json = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** The fields whose values differ between two objects, as dotted paths (for apply conflicts). */
function differingFields(a: unknown, b: unknown, path: string, out: string[]): void {
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      differingFields(a[key], b[key], `${path}.${key}`, out);
    }
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(path);
  }
}

const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * A little of what the real API server and the Istio CRD schemas check, enough to produce
 * genuine 422 Invalid responses: the object name, and route weights that must be integers.
 */
function validate(type: ResourceType, obj: StoredObject): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const name = obj.metadata.name;
  if (!dnsSubdomain.test(name) || name.length > 253) {
    problems.push({
      field: 'metadata.name',
      message: `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
    });
  }
  if (type.kind === 'VirtualService' && isObject(obj.spec)) {
    const http = Array.isArray(obj.spec.http) ? obj.spec.http : [];
    http.forEach((route: unknown, i) => {
      const destinations = isObject(route) && Array.isArray(route.route) ? route.route : [];
      destinations.forEach((destination: unknown, j) => {
        const weight = isObject(destination) ? destination.weight : undefined;
        if (weight !== undefined && !Number.isInteger(weight)) {
          const field = `spec.http[${i}].route[${j}].weight`;
          problems.push({
            field,
            message: `Invalid value: "${typeof weight}": ${field} in body must be of type integer: "${typeof weight}"`,
          });
        }
      });
    });
  }
  return problems;
}

export class KubeApiStandIn {
  /** Every request in arrival order (bounded), for assertions. */
  readonly requests: RecordedRequest[] = [];
  /** When set, requests are accepted but never answered, as by an unreachable control plane. */
  stalled = false;
  private readonly store = new Map<string, { obj: StoredObject; manager: string }>();
  private readonly types: ResourceType[];
  private readonly forbiddenKinds: ReadonlySet<string>;
  private readonly users: StandInUser[];
  private readonly stalledResponses = new Set<ServerResponse>();
  private resourceVersion = 1000;
  private closeTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly server: Server,
    readonly caCertificate: string,
    options: StandInOptions,
  ) {
    const absent = new Set(options.absentGroups ?? []);
    this.types = [
      ...coreTypes,
      ...(options.istioCrds === false ? [] : istioTypes),
      ...optionalTypes.filter((t) => !absent.has(t.group)),
    ];
    this.forbiddenKinds = new Set(options.forbiddenKinds ?? []);
    this.users = options.users ?? [{ name: 'admin', token: 'admin-token', canWrite: true }];
  }

  static async start(options: StandInOptions = {}): Promise<KubeApiStandIn> {
    const { key, cert } = makeCertificate();
    const server = createServer({ key, cert });
    const standIn = new KubeApiStandIn(server, cert, options);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => standIn.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    standIn.closeTimer = setTimeout(() => void standIn.close(), options.lifetimeMs ?? 120_000);
    standIn.closeTimer.unref();
    return standIn;
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    for (const res of this.stalledResponses) res.destroy();
    this.stalledResponses.clear();
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /**
   * The stored object, as the API server would return it at its storage version. `kind` may be
   * `group/Kind` where two groups share a kind (Gateway); a bare kind prefers Istio's and core.
   */
  object(kind: string, namespace: string, name: string): StoredObject | undefined {
    const type = this.typeOf(kind);
    return type ? this.store.get(this.key(type, namespace, name))?.obj : undefined;
  }

  objects(): StoredObject[] {
    return [...this.store.values()].map((entry) => entry.obj);
  }

  /** Stores an object as if another client (by default kubectl client-side apply) had written it. */
  seed(obj: StoredObject, manager = 'kubectl-client-side-apply'): void {
    const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0]! : '';
    const type = this.typeOf(`${group}/${obj.kind}`);
    if (!type) throw new Error(`the stand-in does not serve ${obj.apiVersion} ${obj.kind}`);
    const namespace = type.namespaced ? (obj.metadata.namespace ?? 'default') : '';
    const metadata = type.namespaced ? { ...obj.metadata, namespace } : obj.metadata;
    const stored = this.finish(type, { ...obj, metadata }, undefined);
    this.store.set(this.key(type, namespace, obj.metadata.name), { obj: stored, manager });
  }

  /** Requests that change state or would (writes, including dry runs). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private typeOf(kind: string): ResourceType | undefined {
    const slash = kind.lastIndexOf('/');
    if (slash >= 0) {
      const [group, k] = [kind.slice(0, slash), kind.slice(slash + 1)];
      return this.types.find((t) => t.group === group && t.kind === k);
    }
    return this.types.find((t) => t.kind === kind);
  }

  private isForbidden(type: ResourceType): boolean {
    return this.forbiddenKinds.has(type.kind) || this.forbiddenKinds.has(`${type.group}/${type.kind}`);
  }

  private key(type: ResourceType, namespace: string, name: string): string {
    return `${type.group}/${type.plural}/${namespace}/${name}`;
  }

  private finish(type: ResourceType, obj: StoredObject, previous: StoredObject | undefined): StoredObject {
    const metadata = { ...obj.metadata };
    metadata.uid = previous?.metadata.uid ?? `uid-${this.resourceVersion}`;
    metadata.creationTimestamp = previous?.metadata.creationTimestamp ?? '2025-01-01T00:00:00Z';
    metadata.resourceVersion = String(++this.resourceVersion);
    metadata.generation = previous ? Number(previous.metadata.generation ?? 1) + 1 : 1;
    delete metadata.managedFields;
    return { ...obj, kind: type.kind, metadata };
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const auth = req.headers.authorization ?? '';
      const user = this.users.find((u) => auth === `Bearer ${u.token}`);
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        contentType: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
        user: user?.name,
      };
      if (this.requests.length < maxRecordedRequests) this.requests.push(recorded);
      if (this.stalled) {
        this.stalledResponses.add(res);
        return;
      }
      let reply: Reply;
      if (size > maxBodyBytes) {
        reply = { code: 413, body: status(413, 'RequestEntityTooLarge', 'request entity too large') };
      } else if (!user) reply = { code: 401, body: status(401, 'Unauthorized', 'Unauthorized') };
      else {
        try {
          reply = this.route(recorded, user);
        } catch (error) {
          reply = {
            code: 400,
            body: status(400, 'BadRequest', `the stand-in could not handle the request: ${String(error)}`),
          };
        }
      }
      if (reply.raw && Buffer.isBuffer(reply.body)) {
        res.writeHead(reply.code, { 'content-type': 'application/octet-stream' });
        res.end(reply.body);
      } else {
        res.writeHead(reply.code, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body));
      }
    });
  }

  private route(req: RecordedRequest, user: StandInUser): Reply {
    const ok = (body: unknown) => ({ code: 200, body });
    const parts = req.path.split('/').filter((p) => p !== '');
    if (req.method === 'GET') {
      if (req.path === '/version') {
        return ok({ major: '1', minor: '30', gitVersion: 'v1.30.0-standin', platform: 'linux/amd64' });
      }
      if (req.path === '/api') {
        return ok({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] });
      }
      if (req.path === '/apis') return ok(this.groupList());
      if (req.path === '/openapi/v3') return ok(this.openApiIndex());
      if (parts[0] === 'openapi' && parts[1] === 'v3') return this.openApiDocument(parts.slice(2).join('/'));
      if (req.path === '/openapi/v2') return { code: 200, body: minimalOpenApiV2(), raw: true };
      if (parts[0] === 'openapi') {
        return {
          code: 404,
          body: status(404, 'NotFound', 'the server could not find the requested resource'),
        };
      }
    }
    // /api/v1[/namespaces/ns]/plural[/name] or /apis/group/version[/namespaces/ns]/plural[/name]
    const [group, version, rest] =
      parts[0] === 'api'
        ? ['', parts[1], parts.slice(2)]
        : parts[0] === 'apis'
          ? [parts[1] ?? '', parts[2], parts.slice(3)]
          : ['', undefined, []];
    const served = this.types.filter(
      (t) => t.group === group && version !== undefined && t.versions.includes(version),
    );
    if (version === undefined || served.length === 0) {
      if (parts[0] === 'apis' && parts.length === 2 && req.method === 'GET') {
        const g = this.groupList().groups.find((x) => x.name === group);
        if (g) return ok({ kind: 'APIGroup', apiVersion: 'v1', ...g });
      }
      return { code: 404, body: status(404, 'NotFound', 'the server could not find the requested resource') };
    }
    if (rest.length === 0 && req.method === 'GET') return ok(this.resourceList(group, version));
    let namespace: string | undefined;
    let tail = rest;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      namespace = rest[1];
      tail = rest.slice(2);
    }
    const type = served.find((t) => t.plural === tail[0]);
    if (!type || tail.length > 2) {
      return { code: 404, body: status(404, 'NotFound', 'the server could not find the requested resource') };
    }
    return this.resource(req, user, type, version, namespace ?? (type.namespaced ? undefined : ''), tail[1]);
  }

  private resource(
    req: RecordedRequest,
    user: StandInUser,
    type: ResourceType,
    version: string,
    namespace: string | undefined,
    name: string | undefined,
  ): { code: number; body: unknown } {
    const gv = groupVersion(type.group, version);
    const resourceName = type.group === '' ? type.plural : `${type.plural}.${type.group}`;
    const asVersion = (obj: StoredObject): StoredObject => ({ ...obj, apiVersion: gv });
    const verb =
      { GET: name ? 'get' : 'list', POST: 'create', PATCH: 'patch', PUT: 'update', DELETE: 'delete' }[
        req.method
      ] ?? 'unknown';
    if ((verb !== 'get' && verb !== 'list' && !user.canWrite) || this.isForbidden(type)) {
      const where = namespace ? ` in the namespace "${namespace}"` : '';
      const subject = name ? `${resourceName} "${name}"` : resourceName;
      return {
        code: 403,
        body: status(
          403,
          'Forbidden',
          `${subject} is forbidden: User "${user.name}" cannot ${verb} resource "${type.plural}" in API group "${type.group}"${where}`,
          { name, group: type.group, kind: type.plural },
        ),
      };
    }
    const ns = namespace ?? '';
    const notFound = () => ({
      code: 404,
      body: status(404, 'NotFound', `${resourceName} "${name}" not found`, {
        name,
        group: type.group,
        kind: type.plural,
      }),
    });
    const dryRun = req.query.dryRun === 'All';

    if (verb === 'list') {
      const prefix = namespace === undefined ? `${type.group}/${type.plural}/` : this.key(type, ns, '');
      const items = [...this.store.entries()]
        .filter(([k]) => k.startsWith(prefix))
        .map(([, v]) => asVersion(v.obj));
      return {
        code: 200,
        body: {
          kind: `${type.kind}List`,
          apiVersion: gv,
          metadata: { resourceVersion: String(this.resourceVersion) },
          items,
        },
      };
    }
    if (verb === 'get') {
      const entry = this.store.get(this.key(type, ns, name ?? ''));
      return entry ? { code: 200, body: asVersion(entry.obj) } : notFound();
    }
    if (verb === 'delete') {
      const key = this.key(type, ns, name ?? '');
      const entry = this.store.get(key);
      if (!entry) return notFound();
      if (!dryRun) this.store.delete(key);
      return { code: 200, body: asVersion(entry.obj) };
    }

    const body = req.contentType.includes('yaml')
      ? (parseYaml(req.body) as unknown)
      : (JSON.parse(req.body) as unknown);
    if (!isObject(body)) {
      return { code: 400, body: status(400, 'BadRequest', 'the request body is not an object') };
    }
    let incoming: StoredObject;
    let manager = req.query.fieldManager ?? 'unknown';
    const key = (n: string) => this.key(type, ns, n);

    if (verb === 'create') {
      incoming = body as StoredObject;
      const n = isObject(incoming.metadata) ? String(incoming.metadata.name ?? '') : '';
      if (this.store.has(key(n))) {
        return {
          code: 409,
          body: status(409, 'AlreadyExists', `${resourceName} "${n}" already exists`, {
            name: n,
            group: type.group,
            kind: type.plural,
          }),
        };
      }
      if (manager === 'unknown') manager = 'kubectl-create';
    } else if (verb === 'patch') {
      const existing = this.store.get(key(name ?? ''));
      if (req.contentType === 'application/apply-patch+yaml') {
        // Server-side apply: a different manager changing fields it does not own is a conflict
        // unless the client forces it. This stand-in tracks one manager per object.
        if (existing && existing.manager !== manager && req.query.force !== 'true') {
          const changed: string[] = [];
          differingFields(existing.obj.spec, body.spec, '.spec', changed);
          const conflicting = changed.filter((f) => body.spec !== undefined && f.startsWith('.spec'));
          if (conflicting.length > 0) {
            return {
              code: 409,
              body: status(
                409,
                'Conflict',
                `Apply failed with ${conflicting.length} conflict${conflicting.length > 1 ? 's' : ''}: conflict with "${existing.manager}": ${conflicting[0]}`,
                {
                  causes: conflicting.map((f) => ({
                    reason: 'FieldManagerConflict',
                    message: `conflict with "${existing.manager}"`,
                    field: f,
                  })),
                  name,
                  group: type.group,
                  kind: type.plural,
                },
              ),
            };
          }
        }
        incoming = body as StoredObject;
      } else if (
        req.contentType === 'application/merge-patch+json' ||
        req.contentType === 'application/strategic-merge-patch+json'
      ) {
        if (!existing) return notFound();
        incoming = mergePatch(existing.obj, body) as StoredObject;
        if (manager === 'unknown') manager = existing.manager;
      } else {
        return {
          code: 415,
          body: status(
            415,
            'UnsupportedMediaType',
            `the body of the request was in an unknown format - accepted media types include: application/apply-patch+yaml, application/merge-patch+json, application/strategic-merge-patch+json`,
          ),
        };
      }
    } else {
      return {
        code: 405,
        body: status(
          405,
          'MethodNotAllowed',
          `the server does not allow this method on the requested resource`,
        ),
      };
    }

    if (!isObject(incoming.metadata) || typeof incoming.metadata.name !== 'string') {
      return {
        code: 422,
        body: status(
          422,
          'Invalid',
          `${type.kind}.${type.group} "" is invalid: metadata.name: Required value: name is required`,
        ),
      };
    }
    const objName = incoming.metadata.name;
    if (name !== undefined && objName !== name) {
      return {
        code: 400,
        body: status(
          400,
          'BadRequest',
          `the name of the object (${objName}) does not match the name on the URL (${name})`,
        ),
      };
    }
    if (incoming.metadata.namespace !== undefined && incoming.metadata.namespace !== ns) {
      return {
        code: 400,
        body: status(
          400,
          'BadRequest',
          'the namespace of the provided object does not match the namespace sent on the request',
        ),
      };
    }
    const problems = validate(type, incoming);
    if (problems.length > 0) {
      const fieldText = problems.map((p) => `${p.field}: ${p.message}`).join(', ');
      const prefix = type.group === '' ? type.kind : `${type.kind}.${type.group}`;
      return {
        code: 422,
        body: status(
          422,
          'Invalid',
          `${prefix} "${objName}" is invalid: ${problems.length > 1 ? `[${fieldText}]` : fieldText}`,
          {
            name: objName,
            group: type.group,
            kind: type.kind,
            causes: problems.map((p) => ({
              reason: 'FieldValueInvalid',
              message: p.message,
              field: p.field,
            })),
          },
        ),
      };
    }
    const existing = this.store.get(key(objName));
    const metadata = type.namespaced ? { ...incoming.metadata, namespace: ns } : incoming.metadata;
    const stored = this.finish(type, { ...incoming, metadata }, existing?.obj);
    if (!dryRun) this.store.set(key(objName), { obj: stored, manager });
    return { code: existing ? 200 : 201, body: asVersion(stored) };
  }

  private groupList(): { kind: string; apiVersion: string; groups: Json[] & { name: string }[] } {
    const groups = new Map<string, string[]>();
    for (const t of this.types) if (t.group !== '') groups.set(t.group, t.versions);
    return {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: [...groups].map(([name, versions]) => ({
        name,
        versions: versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v })),
        preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] },
      })),
    };
  }

  private resourceList(group: string, version: string): Json {
    const verbs = ['create', 'delete', 'get', 'list', 'patch', 'update'];
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: groupVersion(group, version),
      resources: this.types
        .filter((t) => t.group === group && t.versions.includes(version))
        .map((t) => ({
          name: t.plural,
          singularName: t.kind.toLowerCase(),
          namespaced: t.namespaced,
          kind: t.kind,
          verbs,
        })),
    };
  }

  private openApiIndex(): Json {
    const paths: Json = {};
    for (const t of this.types) {
      for (const v of t.versions) {
        const p = t.group === '' ? `api/${v}` : `apis/${t.group}/${v}`;
        paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=STANDIN${this.types.length}` };
      }
    }
    return { paths };
  }

  /**
   * One group/version's OpenAPI v3 document. kubectl reads it to learn that PATCH accepts
   * `fieldValidation`, and then leaves validation to the server instead of checking schemas.
   */
  private openApiDocument(gvPath: string): { code: number; body: unknown } {
    const parts = gvPath.split('/');
    const [group, version] = parts[0] === 'api' ? ['', parts[1]] : [parts[1] ?? '', parts[2]];
    const types = this.types.filter(
      (t) => t.group === group && version !== undefined && t.versions.includes(version),
    );
    if (version === undefined || types.length === 0) {
      return { code: 404, body: status(404, 'NotFound', 'the server could not find the requested resource') };
    }
    const queryParameter = (name: string) => ({
      name,
      in: 'query',
      schema: { type: 'string', uniqueItems: true },
    });
    const paths: Json = {};
    const schemas: Json = {};
    for (const t of types) {
      const prefix = group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
      const gvk = { group, version, kind: t.kind };
      const schemaName = `${group === '' ? 'io.k8s.api.core' : group}.${version}.${t.kind}`;
      schemas[schemaName] = {
        type: 'object',
        'x-kubernetes-group-version-kind': [gvk],
        'x-kubernetes-preserve-unknown-fields': true,
      };
      const item = `${prefix}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.plural}/{name}`;
      paths[item] = {
        get: { 'x-kubernetes-action': 'get', 'x-kubernetes-group-version-kind': gvk, responses: {} },
        patch: {
          'x-kubernetes-action': 'patch',
          'x-kubernetes-group-version-kind': gvk,
          parameters: ['dryRun', 'fieldManager', 'fieldValidation', 'force'].map(queryParameter),
          responses: {},
        },
        delete: { 'x-kubernetes-action': 'delete', 'x-kubernetes-group-version-kind': gvk, responses: {} },
      };
    }
    return {
      code: 200,
      body: {
        openapi: '3.0.0',
        info: { title: 'Kubernetes API stand-in', version: 'v1.30.0' },
        paths,
        components: { schemas },
      },
    };
  }
}

/**
 * Writes a kubeconfig for the stand-in with one context per entry, each with its own user and
 * default namespace, and returns its path. Tests pass it through KUBECONFIG and never read or
 * write the user's own kubeconfig.
 */
export function writeKubeconfig(
  path: string,
  standIn: KubeApiStandIn,
  contexts: {
    name: string;
    user: Pick<StandInUser, 'token'>;
    namespace?: string;
    server?: KubeApiStandIn | string;
  }[],
  currentContext: string | undefined,
): string {
  const ca = (s: KubeApiStandIn) => Buffer.from(s.caCertificate).toString('base64');
  const cluster = (server: KubeApiStandIn | string | undefined) =>
    typeof server === 'string'
      ? { server, 'certificate-authority-data': ca(standIn) }
      : { server: (server ?? standIn).url, 'certificate-authority-data': ca(server ?? standIn) };
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: contexts.map((c) => ({ name: `${c.name}-cluster`, cluster: cluster(c.server) })),
    users: contexts.map((c) => ({ name: `${c.name}-user`, user: { token: c.user.token } })),
    contexts: contexts.map((c) => ({
      name: c.name,
      context: {
        cluster: `${c.name}-cluster`,
        user: `${c.name}-user`,
        ...(c.namespace ? { namespace: c.namespace } : {}),
      },
    })),
    'current-context': currentContext ?? '',
  };
  // JSON is valid YAML, and kubectl reads either.
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}
