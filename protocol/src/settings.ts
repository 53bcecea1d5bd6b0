// The extension's settings (`istioCanary.*`) with their defaults, for both processes and for
// package.json (test/protocol/manifest.test.ts checks that package.json declares exactly these
// defaults). The server reads the section through workspace/configuration; the client reads the
// settings only it needs (kubectl, promotion) through `settingKey`.

import type { ClusterMode } from './cluster';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off';
export const RULE_SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'info', 'hint', 'off'];

export const SETTINGS_SECTION = 'istioCanary';

export const SETTING_DEFAULTS = {
  enable: true as boolean,
  rules: {} as Readonly<Record<string, RuleSeverity>>,
  maxFileSize: 5 * 1024 * 1024,
  defaultNamespace: 'default',
  rootNamespace: 'istio-system',
  exclude: [] as readonly string[],
  completeWorkspace: false as boolean,
  'trace.server': 'off' as 'off' | 'messages' | 'verbose',
  promotionSteps: [10, 25, 50, 75, 100] as readonly number[],
  stableDestination: '',
  protectedContexts: ['*prod*', '*production*'] as readonly string[],
  kubectlPath: 'kubectl',
  kubectlTimeoutSeconds: 30,
  'cluster.mode': 'onDemand' as ClusterMode,
  'cluster.namespaces': [] as readonly string[],
};

export type SettingName = keyof typeof SETTING_DEFAULTS;
export type SettingValue<N extends SettingName> = (typeof SETTING_DEFAULTS)[N];

/** The full key, e.g. `istioCanary.promotionSteps`. */
export function settingKey(name: SettingName): string {
  return `${SETTINGS_SECTION}.${name}`;
}
