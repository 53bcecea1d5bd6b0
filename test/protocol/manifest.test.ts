// package.json declares what protocol/ defines: every setting with the protocol's default, and
// every command id (no more, no fewer), so neither side can drift from the manifest.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Commands } from '../../protocol/src/commands';
import { SETTING_DEFAULTS, settingKey, type SettingName } from '../../protocol/src/settings';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));

describe('package.json and the protocol', () => {
  const properties: Record<string, { default?: unknown }> = manifest.contributes.configuration.properties;

  it('declares exactly the protocol settings', () => {
    const names = Object.keys(SETTING_DEFAULTS) as SettingName[];
    assert.deepEqual(Object.keys(properties).sort(), names.map(settingKey).sort());
  });

  for (const [name, value] of Object.entries(SETTING_DEFAULTS)) {
    it(`gives ${name} the protocol default`, () => {
      assert.deepEqual(properties[settingKey(name as SettingName)]?.default, value);
    });
  }

  it('contributes exactly the protocol commands', () => {
    const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepEqual(
      contributed,
      Object.values(Commands)
        .map((c) => c.id)
        .sort(),
    );
  });

  it('names only protocol commands in its menus', () => {
    const ids = new Set(Object.values(Commands).map((c) => c.id));
    for (const [menu, items] of Object.entries(
      manifest.contributes.menus as Record<string, { command: string }[]>,
    ))
      for (const item of items) assert.ok(ids.has(item.command), `${menu}: ${item.command}`);
  });
});
