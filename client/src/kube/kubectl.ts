// The kube layer: a small Kubectl interface (contexts, server-side apply with dry run, diff,
// get, namespaces) and its Node implementation, which runs kubectl with execFile and argument
// arrays only, manifests on stdin, explicit --context/--namespace, and errors sorted into typed
// causes with messages a user can act on. It must not import `vscode`, so plain Node tests run it.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchesNameGlob } from '../../../protocol/src/glob';
import {
  applyArgs,
  configViewArgs,
  diffArgs,
  formatCommandLine,
  getArgs,
  listNamespacesArgs,
  type KubeTarget,
} from './kubectlArgs';

export { type KubeTarget } from './kubectlArgs';

export interface KubeContext {
  name: string;
  cluster: string;
  /** The API server URL of the context's cluster, when the kubeconfig names one. */
  server?: string;
  user?: string;
  /** The context's default namespace, when it has one. */
  namespace?: string;
}

export interface KubeConfigView {
  /** Undefined when the kubeconfig has no current-context. */
  currentContext: string | undefined;
  contexts: KubeContext[];
}

/** A Kubernetes object as kubectl prints it with --output=json. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface DiffFile {
  /** kubectl's file name for the object, e.g. networking.istio.io.v1beta1.VirtualService.team.canary */
  name: string;
  /** The live object as YAML; empty when it does not exist yet. */
  live: string;
  /** The object as it would be after applying (server dry run) as YAML. */
  merged: string;
}

export interface Kubectl {
  config(): Promise<KubeConfigView>;
  namespaces(context: string): Promise<string[]>;
  /** Server-side apply of one manifest; with dryRun nothing is stored. Returns the resulting objects. */
  apply(manifest: string, target: KubeTarget, options: { dryRun: boolean }): Promise<KubeObject[]>;
  /** The live objects the manifest names (those that exist). */
  get(manifest: string, target: KubeTarget): Promise<KubeObject[]>;
  /** Live and merged versions of each object in the manifest, as kubectl diff computes them. */
  diff(manifest: string, target: KubeTarget): Promise<DiffFile[]>;
}

/** Why a kubectl command failed, in the terms the user can do something about. */
export type KubectlFailureCause =
  | 'kubectl-not-found'
  | 'no-context'
  | 'unreachable'
  | 'crds-missing'
  | 'unauthorized'
  | 'forbidden'
  | 'invalid'
  | 'conflict'
  | 'other';

export class KubectlError extends Error {
  constructor(
    readonly failure: KubectlFailureCause,
    message: string,
    /** kubectl's own error output, for the output channel. */
    readonly detail: string,
  ) {
    super(message);
    this.name = 'KubectlError';
  }
}

/**
 * Sorts kubectl's error output into a cause and a message. The patterns are kubectl's own
 * wording (client-go and apiserver Status messages), which has been stable across 1.27-1.33.
 * Order matters: an unauthenticated OpenAPI download mentions both credentials and "failed to
 * download", and credentials are the real problem.
 */
export function classifyKubectlFailure(stderr: string, context: string): KubectlError {
  const text = stderr.trim();
  const firstLine = (re: RegExp) =>
    text
      .split('\n')
      .find((l) => re.test(l))
      ?.trim() ??
    text.split('\n')[0] ??
    '';
  const crd = /no matches for kind "([^"]+)" in version "([^"]+)"/.exec(text);
  if (crd) {
    return new KubectlError(
      'crds-missing',
      `The cluster of context "${context}" does not serve ${crd[1]} in ${crd[2]}: the Istio CRDs are not installed there (or not this API version). Install Istio, or change apiVersion.`,
      text,
    );
  }
  if (
    /context was not found for specified context|no context exists with the name|context "[^"]*" does not exist|current-context is not set/.test(
      text,
    )
  ) {
    return new KubectlError(
      'no-context',
      `The kube context "${context}" does not exist in your kubeconfig. Select another context.`,
      text,
    );
  }
  if (/provide credentials|\(Unauthorized\)|You must be logged in to the server/.test(text)) {
    return new KubectlError(
      'unauthorized',
      `The cluster of context "${context}" did not accept your credentials (401 Unauthorized). Log in again or refresh the token in your kubeconfig.`,
      text,
    );
  }
  if (
    /Unable to connect to the server|connection refused|no such host|i\/o timeout|Client\.Timeout exceeded|context deadline exceeded|TLS handshake timeout|network is unreachable|failed to download openapi: Get |x509: certificate/.test(
      text,
    )
  ) {
    return new KubectlError(
      'unreachable',
      `The cluster of context "${context}" cannot be reached (${firstLine(
        /refused|timeout|Timeout|deadline|no such host|unreachable|x509/,
      )
        .replace(/^error: /, '')
        .slice(0, 200)}). Check your network, VPN or the cluster address.`,
      text,
    );
  }
  if (/\(Forbidden\)|is forbidden:/.test(text)) {
    const line = firstLine(/forbidden/).replace(/^Error from server \(Forbidden\): /, '');
    return new KubectlError('forbidden', `Not allowed by the cluster's RBAC: ${line}`, text);
  }
  if (
    /Apply failed with \d+ conflicts?|\(Conflict\)|\(AlreadyExists\)|the object has been modified/.test(text)
  ) {
    const line = firstLine(/conflict|Conflict|AlreadyExists|modified/).replace(/^error: /, '');
    return new KubectlError(
      'conflict',
      `Another field manager owns fields this apply would change (${line}). Nothing was forced: edit the manifest to match, or take over the fields with kubectl apply --server-side --force-conflicts.`,
      text,
    );
  }
  if (
    /is invalid:|\(Invalid\)|\(BadRequest\)|admission webhook "[^"]+" denied the request|strict decoding error|unknown field/.test(
      text,
    )
  ) {
    return new KubectlError(
      'invalid',
      `The cluster rejected the resource as invalid: ${text
        .replace(/^Error from server \(\w+\): /, '')
        .replace(/\n+/g, ' ')
        .slice(0, 600)}`,
      text,
    );
  }
  return new KubectlError(
    'other',
    `kubectl failed: ${text.replace(/\n+/g, ' ').slice(0, 600) || 'no error output'}`,
    text,
  );
}

export interface NodeKubectlOptions {
  /** The kubectl program: a path, or a name looked up on PATH. */
  kubectlPath: string;
  /** Per-request timeout handed to kubectl; the whole command gets a little more. */
  timeoutSeconds: number;
  /** The environment kubectl runs in (KUBECONFIG is read from here); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Receives every command line and its output, for the output channel. */
  log?: (text: string) => void;
}

interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export class NodeKubectl implements Kubectl {
  constructor(private readonly options: NodeKubectlOptions) {}

  async config(): Promise<KubeConfigView> {
    const result = await this.run(configViewArgs(), undefined, '');
    if (result.exitCode !== 0) throw classifyKubectlFailure(result.stderr, '');
    return parseConfigView(result.stdout);
  }

  async namespaces(context: string): Promise<string[]> {
    const result = await this.run(listNamespacesArgs(context, this.requestTimeout()), undefined, context);
    if (result.exitCode !== 0) throw classifyKubectlFailure(result.stderr, context);
    return parseObjects(result.stdout)
      .map((o) => o.metadata?.name)
      .filter((n): n is string => typeof n === 'string')
      .sort();
  }

  async apply(manifest: string, target: KubeTarget, options: { dryRun: boolean }): Promise<KubeObject[]> {
    const result = await this.run(
      applyArgs(target, { dryRun: options.dryRun, ...this.requestTimeout() }),
      manifest,
      target.context,
    );
    if (result.exitCode !== 0) throw classifyKubectlFailure(result.stderr, target.context);
    return parseObjects(result.stdout);
  }

  async get(manifest: string, target: KubeTarget): Promise<KubeObject[]> {
    const result = await this.run(getArgs(target, this.requestTimeout()), manifest, target.context);
    if (result.exitCode !== 0) throw classifyKubectlFailure(result.stderr, target.context);
    return parseObjects(result.stdout);
  }

  /**
   * Runs kubectl diff with KUBECTL_EXTERNAL_DIFF pointing at a tiny script that copies kubectl's
   * LIVE and MERGED folders aside, so VS Code's diff editor can show them. kubectl splits that
   * variable on spaces, so the script lives in a fresh temporary folder; POSIX shells only.
   */
  async diff(manifest: string, target: KubeTarget): Promise<DiffFile[]> {
    if (process.platform === 'win32') {
      throw new KubectlError(
        'other',
        'Diff Against Cluster needs a POSIX shell for kubectl diff; it is not available on Windows yet.',
        '',
      );
    }
    const dir = await mkdtemp(join(tmpdir(), 'ic-diff-'));
    try {
      const script = join(dir, 'copy-diff.sh');
      await writeFile(script, `#!/bin/sh\ncp -R "$1" "${dir}/live" && cp -R "$2" "${dir}/merged"\n`);
      await chmod(script, 0o700);
      const env = { ...(this.options.env ?? process.env), KUBECTL_EXTERNAL_DIFF: script };
      const result = await this.run(diffArgs(target, this.requestTimeout()), manifest, target.context, env);
      // kubectl diff exits 1 when the diff program reports differences; ours always exits 0.
      if (result.exitCode !== 0) throw classifyKubectlFailure(result.stderr, target.context);
      const read = async (sub: string) => {
        const files = await readdir(join(dir, sub)).catch(() => [] as string[]);
        return new Map(
          await Promise.all(files.map(async (f) => [f, await readFile(join(dir, sub, f), 'utf8')] as const)),
        );
      };
      const [live, merged] = await Promise.all([read('live'), read('merged')]);
      return [...new Set([...live.keys(), ...merged.keys()])]
        .sort()
        .map((name) => ({ name, live: live.get(name) ?? '', merged: merged.get(name) ?? '' }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private requestTimeout(): { requestTimeoutSeconds: number } {
    return { requestTimeoutSeconds: Math.max(1, Math.round(this.options.timeoutSeconds)) };
  }

  private run(
    args: string[],
    stdin: string | undefined,
    context: string,
    env?: NodeJS.ProcessEnv,
  ): Promise<RunResult> {
    const program = this.options.kubectlPath;
    const log = this.options.log ?? (() => undefined);
    log(
      `$ ${formatCommandLine(program, args)}${stdin !== undefined ? `  (manifest on stdin, ${Buffer.byteLength(stdin)} bytes)` : ''}`,
    );
    // kubectl gives up on a stalled request after --request-timeout, but it makes several
    // requests in a row; this outer limit only catches a kubectl that hangs for another reason.
    const limitMs = (this.options.timeoutSeconds * 3 + 10) * 1000;
    return new Promise((resolve, reject) => {
      const child = execFile(
        program,
        args,
        {
          env: env ?? this.options.env ?? process.env,
          timeout: limitMs,
          maxBuffer: 16 * 1024 * 1024,
          windowsHide: true,
        },
        (error, stdout, stderr) => {
          if (stdout.trim()) log(stdout.trimEnd());
          if (stderr.trim()) log(stderr.trimEnd());
          if (!error) return resolve({ stdout, stderr, exitCode: 0 });
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'EACCES') {
            log(`kubectl could not be started: ${error.message}`);
            return reject(
              new KubectlError(
                'kubectl-not-found',
                `kubectl was not found ("${program}"). Install kubectl, or set istioCanary.kubectlPath to its full path.`,
                error.message,
              ),
            );
          }
          if (error.killed) {
            log(`kubectl was stopped after ${limitMs / 1000} s`);
            return reject(
              new KubectlError(
                'unreachable',
                `kubectl did not finish within ${limitMs / 1000} s; the cluster of context "${context}" may be unreachable.`,
                stderr,
              ),
            );
          }
          resolve({ stdout, stderr, exitCode: typeof code === 'number' ? code : 1 });
        },
      );
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(stdin ?? '');
    });
  }
}

function parseConfigView(json: string): KubeConfigView {
  type Named<T> = { name?: string } & T;
  const config = JSON.parse(json || '{}') as {
    'current-context'?: string;
    contexts?: Named<{ context?: { cluster?: string; user?: string; namespace?: string } }>[] | null;
    clusters?: Named<{ cluster?: { server?: string } }>[] | null;
  };
  const servers = new Map((config.clusters ?? []).map((c) => [c.name ?? '', c.cluster?.server]));
  const contexts = (config.contexts ?? [])
    .filter((c) => typeof c.name === 'string' && c.name !== '')
    .map((c): KubeContext => {
      const cluster = c.context?.cluster ?? '';
      const server = servers.get(cluster);
      return {
        name: c.name as string,
        cluster,
        ...(server ? { server } : {}),
        ...(c.context?.user ? { user: c.context.user } : {}),
        ...(c.context?.namespace ? { namespace: c.context.namespace } : {}),
      };
    });
  const current = config['current-context'];
  return { currentContext: current ? current : undefined, contexts };
}

/** kubectl prints one object, a List, or nothing (get --ignore-not-found of absent objects). */
function parseObjects(json: string): KubeObject[] {
  if (!json.trim()) return [];
  const value = JSON.parse(json) as KubeObject & { items?: KubeObject[] };
  return Array.isArray(value.items) ? value.items : [value];
}

/** Matches a context name against `istioCanary.protectedContexts` globs (case-insensitive; `*` crosses `/`). */
export function isProtectedContext(context: string, patterns: readonly string[]): boolean {
  return matchesNameGlob(context, patterns);
}
