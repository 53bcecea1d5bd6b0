// A throwaway kube setup for tests: a stand-in API server (and one without Istio CRDs), a
// temporary kubeconfig with the contexts tests need, and an environment for kubectl that points
// KUBECONFIG, the discovery cache and HOME into a temporary folder, so tests never read or write
// the user's kubeconfig or ~/.kube.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeApiStandIn, writeKubeconfig } from './kubeApiStandIn';

export const adminUser = { name: 'admin', token: 'admin-token-1f2e', canWrite: true };
export const viewerUser = { name: 'viewer', token: 'viewer-token-9a8b', canWrite: false };

export interface KubeTestEnv {
  standIn: KubeApiStandIn;
  noIstio: KubeApiStandIn;
  dir: string;
  kubeconfig: string;
  /** The environment to run kubectl in. */
  env: NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}

/**
 * Contexts: `dev` (namespace `default`) and `prod-eu` (namespace `shop`, matching the protected
 * pattern `*prod*`) on the stand-in as admin; `viewer` (read-only user); `no-istio` (a cluster
 * without the Istio CRDs); `down` (nothing listens there); `stranger` (a token nobody knows).
 */
export async function createKubeTestEnv(
  currentContext: string | undefined = 'dev',
  options: { lifetimeMs?: number } = {},
): Promise<KubeTestEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'ic-kube-'));
  const users = [adminUser, viewerUser];
  const lifetime = options.lifetimeMs !== undefined ? { lifetimeMs: options.lifetimeMs } : {};
  const standIn = await KubeApiStandIn.start({ users, ...lifetime });
  const noIstio = await KubeApiStandIn.start({ users, istioCrds: false, ...lifetime });
  const kubeconfig = writeKubeconfig(
    join(dir, 'kubeconfig'),
    standIn,
    [
      { name: 'dev', user: adminUser, namespace: 'default' },
      { name: 'prod-eu', user: adminUser, namespace: 'shop' },
      { name: 'viewer', user: viewerUser, namespace: 'default' },
      { name: 'no-istio', user: adminUser, namespace: 'default', server: noIstio },
      { name: 'down', user: adminUser, namespace: 'default', server: 'https://127.0.0.1:1' },
      { name: 'stranger', user: { token: 'nobody-knows-this' }, namespace: 'default' },
    ],
    currentContext,
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    KUBECONFIG: kubeconfig,
    KUBECACHEDIR: join(dir, 'cache'),
  };
  return {
    standIn,
    noIstio,
    dir,
    kubeconfig,
    env,
    async dispose() {
      await Promise.all([standIn.close(), noIstio.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The kubectl binaries to test with: the default `kubectl` on PATH (Google Cloud SDK's dispatcher
 * here), plus the oldest and newest versioned binaries the SDK ships, when they are installed.
 */
export function kubectlBinariesUnderTest(): string[] {
  const sdk = '/usr/lib/google-cloud-sdk/bin';
  const versioned = ['kubectl.1.27', 'kubectl.1.30', 'kubectl.1.33']
    .map((b) => join(sdk, b))
    .filter((p) => existsSync(p));
  return ['kubectl', ...versioned];
}
