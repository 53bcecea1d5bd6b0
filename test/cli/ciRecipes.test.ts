// The CI recipes of docs/ci.md and the pre-commit hook: every `istio-canary check` command the
// recipes run is run here (in process) on a folder with a broken canary, and the hook's entry is
// run the way pre-commit runs it (staged files appended as arguments).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { captureCli, type CliRun } from './captureCli';

const ROOT = path.join(__dirname, '../../..');
const SCENARIO = path.join(ROOT, 'test/fixtures/scenarios/canary-90-10');

function run(args: string[], cwd: string): CliRun {
  return captureCli(args, { cwd });
}

void describe('docs/ci.md and .pre-commit-hooks.yaml', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-ci-'));
    fs.cpSync(SCENARIO, path.join(dir, 'deploy'), { recursive: true });
    const file = path.join(dir, 'deploy/virtual.yaml');
    // An error: a subset no DestinationRule defines.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('subset: v2', 'subset: v9'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('every check command of the recipes fails the job on an error and writes its report', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');
    const commands = [...doc.matchAll(/istio-canary (check deploy\/[^>|\n]*)/g)].map((m) => m[1]!.trim());
    assert.ok(commands.length >= 4, `found ${commands.length} commands`);
    for (const command of commands) {
      const result = run(command.split(/\s+/), dir);
      assert.equal(result.code, 1, command);
      const format = /--format (\w+)/.exec(command)?.[1];
      if (format === 'sarif') assert.ok(JSON.parse(result.stdout).runs[0].results.length > 0, command);
      else if (format === 'gitlab') assert.ok((JSON.parse(result.stdout) as unknown[]).length > 0, command);
      else if (format === 'junit') assert.match(result.stdout, /<failure type="error"/, command);
      else if (format === 'github')
        assert.match(result.stdout, /^::error file=deploy\/virtual\.yaml/m, command);
    }
  });

  it('the pre-commit hook runs check on the staged YAML files together', () => {
    const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      files: string;
      require_serial: boolean;
    }[];
    const hook = hooks.find((h) => h.id === 'istio-canary');
    assert.ok(hook);
    assert.equal(hook.require_serial, true);
    const [bin, ...args] = hook.entry.split(' ');
    assert.equal(bin, 'istio-canary');
    const staged = fs.readdirSync(path.join(dir, 'deploy')).map((f) => `deploy/${f}`);
    assert.ok(staged.every((f) => new RegExp(hook.files).test(f)));
    assert.equal(run([...args, ...staged], dir).code, 1);
    const clean = fs.readdirSync(SCENARIO).map((f) => path.join(SCENARIO, f));
    assert.equal(run([...args, ...clean], dir).code, 0);
  });
});
