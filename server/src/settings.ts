// Settings the language service understands, with their defaults and a normaliser that turns
// whatever a user or a config file wrote into valid values (bad entries are dropped, not fatal).
// The defaults are the protocol's (protocol/src/settings.ts), which package.json declares too.
import { RULE_SEVERITIES, SETTING_DEFAULTS, type RuleSeverity } from '../../protocol/src/settings';
import { normalizePromotionSteps } from '../../protocol/src/weights';

export type { RuleSeverity } from '../../protocol/src/settings';

export interface Settings {
  readonly enable: boolean;
  /** Severity overrides by rule code. */
  readonly rules: Readonly<Record<string, RuleSeverity>>;
  /** The namespace of resources that do not state one. */
  readonly defaultNamespace: string;
  /**
   * Istio's root (config) namespace (meshConfig.rootNamespace): DestinationRules there apply to
   * callers in every namespace, after the caller's and the service's own.
   */
  readonly rootNamespace: string;
  /** Files longer than this many characters are not analysed. */
  readonly maxFileSize: number;
  /** Glob patterns (relative to a workspace folder) of files the index skips. */
  readonly exclude: readonly string[];
  /**
   * The files hold every resource: a gateway, host, subset or DestinationRule found nowhere is
   * an error (as istioctl analyze --use-kube=false), not "may live in another repository".
   */
  readonly completeWorkspace: boolean;

  /** Canary weights Promote steps through (cleaned: 1 to 100, sorted, ending at 100). */
  readonly promotionSteps: readonly number[];
  /** The subset or host Promote and Roll back treat as stable; empty: decided per route. */
  readonly stableDestination: string;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: SETTING_DEFAULTS.enable,
  rules: SETTING_DEFAULTS.rules,
  defaultNamespace: SETTING_DEFAULTS.defaultNamespace,
  rootNamespace: SETTING_DEFAULTS.rootNamespace,
  maxFileSize: SETTING_DEFAULTS.maxFileSize,
  exclude: SETTING_DEFAULTS.exclude,
  promotionSteps: normalizePromotionSteps(SETTING_DEFAULTS.promotionSteps),
  stableDestination: SETTING_DEFAULTS.stableDestination,
  completeWorkspace: SETTING_DEFAULTS.completeWorkspace,
};

const SEVERITIES: ReadonlySet<string> = new Set(RULE_SEVERITIES);

/** Builds valid settings from untrusted input; returns the problems found so hosts can log them. */
export function normalizeSettings(
  input: unknown,
  base: Settings = DEFAULT_SETTINGS,
): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (input === null || input === undefined) return { settings: base, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { settings: base, problems: ['settings must be an object'] };
  }
  const raw = input as Record<string, unknown>;
  const rules: Record<string, RuleSeverity> = { ...base.rules };
  if (raw.rules !== undefined) {
    if (typeof raw.rules === 'object' && raw.rules !== null && !Array.isArray(raw.rules)) {
      for (const [code, value] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (typeof value === 'string' && SEVERITIES.has(value)) rules[code] = value as RuleSeverity;
        else problems.push(`rules.${code}: expected one of error, warning, info, hint, off`);
      }
    } else {
      problems.push('rules: expected an object of rule code to severity');
    }
  }
  const pick = <T>(key: string, ok: (v: unknown) => v is T, fallback: T): T => {
    const v = raw[key];
    if (v === undefined) return fallback;
    if (ok(v)) return v;
    problems.push(`${key}: unexpected value ${JSON.stringify(v)}`);
    return fallback;
  };
  const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
  const isName = (v: unknown): v is string =>
    typeof v === 'string' && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v);
  const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
  const isGlobs = (v: unknown): v is string[] => Array.isArray(v) && v.every((g) => typeof g === 'string');
  const isSteps = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number');
  const isText = (v: unknown): v is string => typeof v === 'string';
  return {
    settings: {
      enable: pick('enable', isBool, base.enable),
      rules,
      defaultNamespace: pick('defaultNamespace', isName, base.defaultNamespace),
      rootNamespace: pick('rootNamespace', isName, base.rootNamespace),
      maxFileSize: pick('maxFileSize', isSize, base.maxFileSize),
      exclude: pick('exclude', isGlobs, [...base.exclude]),
      completeWorkspace: pick('completeWorkspace', isBool, base.completeWorkspace),
      promotionSteps: normalizePromotionSteps(pick('promotionSteps', isSteps, [...base.promotionSteps])),
      stableDestination: pick('stableDestination', isText, base.stableDestination).trim(),
    },
    problems,
  };
}
