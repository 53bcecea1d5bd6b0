// Reads the extension's settings by their protocol names (protocol/src/settings.ts), falling back
// to the protocol's default when a value is missing or of the wrong type.
import * as vscode from 'vscode';
import {
  SETTING_DEFAULTS,
  SETTINGS_SECTION,
  type SettingName,
  type SettingValue,
} from '../../protocol/src/settings';

export function readSetting<N extends SettingName>(name: N): SettingValue<N> {
  const fallback = SETTING_DEFAULTS[name];
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(name);
  const sameShape = Array.isArray(fallback)
    ? Array.isArray(value)
    : typeof value === typeof fallback && value !== null && !Array.isArray(value);
  return sameShape ? (value as SettingValue<N>) : fallback;
}

/** Whether a configuration change touches any of the extension's settings. */
export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}
