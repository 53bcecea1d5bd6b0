// The manifest and the code agree: every command package.json contributes is registered once the
// extension is active, and every setting the manifest declares has the declared default.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension } from './helpers';

interface Manifest {
  contributes: {
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, { default?: unknown }> };
  };
}

describe('extension manifest', () => {
  let manifest: Manifest;
  before(async () => {
    const extension = await activeExtension();
    manifest = extension.packageJSON as Manifest;
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
    assert.ok(manifest.contributes.commands.length >= 11);
  });

  it('registers no istioCanary command the manifest does not contribute, except test hooks', async () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    const undeclared = (await vscode.commands.getCommands(true)).filter(
      (id) => id.startsWith('istioCanary.') && !contributed.has(id),
    );
    // Hooks such as istioCanary.preview._state exist only while VS Code runs the tests
    // (ExtensionMode.Test); anything else would be a command users could never find.
    assert.deepEqual(
      undeclared.filter((id) => !/\._\w+$/.test(id)),
      [],
    );
  });

  it('exposes every declared setting with its default', () => {
    const config = vscode.workspace.getConfiguration();
    for (const [key, schema] of Object.entries(manifest.contributes.configuration.properties)) {
      const inspected = config.inspect(key);
      assert.ok(inspected, `setting ${key} is not known to VS Code`);
      assert.deepEqual(inspected.defaultValue, schema.default, key);
    }
  });
});
