// The exact kubectl argument arrays the extension runs. Pure functions, shared by the Node
// runner (which executes them) and the apply plan (which shows and tests them), so what a user
// confirms and what runs can never drift apart. Every command names --context and --namespace.

/** Where a command acts: always an explicit context and namespace, never kubectl's defaults. */
export interface KubeTarget {
  context: string;
  namespace: string;
}

/** Server-side apply records this manager on the fields it sets. */
export const fieldManager = 'istio-canary';

function targetArgs(target: KubeTarget): string[] {
  return ['--context', target.context, '--namespace', target.namespace];
}

/**
 * Server-side apply of the manifest on stdin. `dryRun` asks the API server to run admission and
 * validation without storing anything (`--dry-run=server`), which is what the confirmation
 * dialog reports on. Field validation stays at kubectl's default (strict, done by the server).
 */
export function applyArgs(
  target: KubeTarget,
  options: { dryRun: boolean; requestTimeoutSeconds: number },
): string[] {
  return [
    'apply',
    ...targetArgs(target),
    '--server-side',
    `--field-manager=${fieldManager}`,
    ...(options.dryRun ? ['--dry-run=server'] : []),
    `--request-timeout=${options.requestTimeoutSeconds}s`,
    '--output=json',
    '--filename=-',
  ];
}

/** The live objects named by the manifest on stdin; absent ones are skipped, not errors. */
export function getArgs(target: KubeTarget, options: { requestTimeoutSeconds: number }): string[] {
  return [
    'get',
    ...targetArgs(target),
    '--ignore-not-found',
    `--request-timeout=${options.requestTimeoutSeconds}s`,
    '--output=json',
    '--filename=-',
  ];
}

/** kubectl diff with the same server-side apply the apply command uses. */
export function diffArgs(target: KubeTarget, options: { requestTimeoutSeconds: number }): string[] {
  return [
    'diff',
    ...targetArgs(target),
    '--server-side',
    `--field-manager=${fieldManager}`,
    `--request-timeout=${options.requestTimeoutSeconds}s`,
    '--filename=-',
  ];
}

export function listNamespacesArgs(context: string, options: { requestTimeoutSeconds: number }): string[] {
  return [
    'get',
    'namespaces',
    '--context',
    context,
    `--request-timeout=${options.requestTimeoutSeconds}s`,
    '--output=json',
  ];
}

/** Reads the merged kubeconfig (KUBECONFIG honoured by kubectl itself); secrets stay redacted. */
export function configViewArgs(): string[] {
  return ['config', 'view', '--output=json'];
}

/** A command line for the output channel: arguments with spaces are quoted for reading only. */
export function formatCommandLine(program: string, args: readonly string[]): string {
  return [program, ...args]
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}
