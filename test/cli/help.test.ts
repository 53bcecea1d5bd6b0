// `istio-canary --help` and `istio-canary <command> --help` come from the option table of the one
// argument parser (server/src/cli/args.ts): every option a command parses is in its help, with
// its description and default, and nothing else is. `--version` is the package's version, put
// into the bundle at build time (needs `npm run build`, as npm test builds before the unit tests).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  COMMANDS,
  COMMAND_SPECS,
  OPTIONS,
  TOP_LEVEL_OPTIONS,
  parseCommandLine,
} from '../../server/src/cli/args';
import { captureCli, type CliRun } from './captureCli';

const ROOT = path.join(__dirname, '../../..');

function run(args: string[]): CliRun {
  return captureCli(args, { cwd: ROOT });
}

/** The option lines of a help section: flag name → the rest of the line. */
function helpOptions(section: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of section.split('\n')) {
    const match = /^ {2}(?:-(\w), )?--([\w-]+)(?: [A-Z=]+)?\s+(.*)$/.exec(line);
    if (match) {
      assert.ok(!found.has(match[2]!), `--${match[2]} listed twice`);
      found.set(match[2]!, `${match[1] ? `-${match[1]} ` : ''}${match[3]}`);
    }
  }
  return found;
}

/** The block of lines after a heading, up to the next empty line. */
function block(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`);
  assert.notEqual(start, -1, `no "${heading}" in:\n${text}`);
  const body = text.slice(start + heading.length + 1);
  const end = body.indexOf('\n\n');
  return end === -1 ? body : body.slice(0, end);
}

describe('istio-canary <command> --help', () => {
  for (const command of COMMANDS) {
    it(`${command}: lists exactly the options ${command} parses, each with its description and default`, () => {
      const result = run([command, '--help']);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`^Usage: istio-canary ${command} `));
      const listed = helpOptions(block(result.stdout, 'Options:'));
      const table = OPTIONS.filter((o) => o.commands.includes(command));
      assert.deepEqual([...listed.keys()].sort(), table.map((o) => o.name).sort());
      for (const option of table) {
        const line = listed.get(option.name)!;
        assert.ok(option.description.trim().length > 0, `--${option.name} has no description`);
        assert.ok(line.includes(option.description), `--${option.name}: ${line}`);
        if (option.default !== undefined) assert.ok(line.includes(`(default: ${option.default})`), line);
        for (const choice of option.choices?.[command] ?? []) assert.ok(line.includes(choice), line);
        if (option.short) assert.ok(line.startsWith(`-${option.short} `), line);
        // What help lists, the parser takes.
        const args = option.type === 'boolean' ? [`--${option.name}`] : [`--${option.name}`, 'x'];
        assert.equal(typeof parseCommandLine(command, args), 'object', `--${option.name}`);
      }
    });
  }

  it('a usage error shows the command’s help', () => {
    const result = run(['split', '--max-warnings', '1']);
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^istio-canary split: unknown option --max-warnings\n\nUsage: istio-canary split /,
    );
  });
});

describe('istio-canary --help', () => {
  it('lists every command with its summary, the top-level options and every command’s options', () => {
    const result = run(['--help']);
    assert.equal(result.code, 0);
    const commands = block(result.stdout, 'Commands:').split('\n');
    assert.deepEqual(
      commands.map((line) => /^ {2}(\S+)/.exec(line)?.[1]),
      [...COMMANDS],
    );
    for (const command of COMMANDS)
      assert.ok(result.stdout.includes(COMMAND_SPECS[command].summary), command);
    assert.deepEqual(
      [...helpOptions(block(result.stdout, 'Options:')).keys()],
      TOP_LEVEL_OPTIONS.map((o) => o.name),
    );
    for (const command of COMMANDS) {
      const section = block(result.stdout, `Options of ${command} (istio-canary ${command} --help):`);
      assert.deepEqual(
        [...helpOptions(section).keys()].sort(),
        OPTIONS.filter((o) => o.commands.includes(command))
          .map((o) => o.name)
          .sort(),
      );
    }
  });

  it('-h and help print the same help; no command prints it with exit 2', () => {
    const help = run(['--help']).stdout;
    assert.equal(run(['-h']).stdout, help);
    assert.equal(run(['help']).stdout, help);
    const none = run([]);
    assert.equal(none.code, 2);
    assert.equal(none.stdout, help);
  });

  it('every top-level option is understood', () => {
    for (const option of TOP_LEVEL_OPTIONS) {
      const result = run([`--${option.name}`]);
      assert.equal(result.code, 0, `--${option.name}: ${result.stderr}`);
      assert.notEqual(result.stdout, '');
    }
  });
});

describe('istio-canary --version', () => {
  it('the bundled CLI answers with package.json’s version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/istio-canary.js'), '--version'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, `${version}\n`);
  });
});
