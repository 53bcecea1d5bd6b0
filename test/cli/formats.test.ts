// The CI formats of `istio-canary check`: GitHub workflow annotations, JUnit XML and GitLab Code
// Quality, from findings built by hand (escaping, severities) and from a real run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatGithub, formatGitlab, formatJunit, type Finding } from '../../server/src/cli/format';
import { captureCli } from './captureCli';

const ROOT = path.join(__dirname, '../../..');

function finding(overrides: Partial<Finding>): Finding {
  return {
    file: 'deploy/vs.yaml',
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 9,
    severity: 'warning',
    code: 'weight-sum',
    message: 'Weights add up to 110',
    resource: null,
    source: 'file',
    ...overrides,
  };
}

const hostile = finding({
  file: 'a,b:c/%d.yaml',
  severity: 'error',
  message: 'bad <tag> & "quote" 100%\nsecond line\u0001',
});

void describe('--format github', () => {
  it('writes one workflow command per finding, infos as notices, with GitHub escaping', () => {
    const out = formatGithub([finding({}), finding({ severity: 'info', endLine: 14 }), hostile]);
    assert.deepEqual(out.split('\n'), [
      '::warning file=deploy/vs.yaml,line=12,col=5,endLine=12,endColumn=9,title=istio-canary weight-sum::Weights add up to 110',
      '::notice file=deploy/vs.yaml,line=12,col=5,endLine=14,title=istio-canary weight-sum::Weights add up to 110',
      '::error file=a%2Cb%3Ac/%25d.yaml,line=12,col=5,endLine=12,endColumn=9,title=istio-canary weight-sum::bad <tag> & "quote" 100%25%0Asecond line\u0001',
      '',
    ]);
  });
});

void describe('--format junit', () => {
  it('has a suite per checked file, a failed case per error or warning, and escapes XML', () => {
    const out = formatJunit(
      [finding({}), finding({ severity: 'info', line: 3 }), hostile],
      ['clean.yaml', 'deploy/vs.yaml', 'a,b:c/%d.yaml'],
    );
    assert.match(
      out,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="istio-canary" tests="3" failures="2" errors="0">/,
    );
    assert.match(
      out,
      /<testsuite name="clean.yaml" tests="1" failures="0" errors="0">\n {4}<testcase classname="clean.yaml" name="no errors or warnings"\/>/,
    );
    assert.match(
      out,
      /<testcase classname="deploy\/vs.yaml" name="weight-sum at 12:5">\n {6}<failure type="warning" message="Weights add up to 110">/,
    );
    assert.ok(!out.includes('at 3:5'), 'infos are no test failures');
    assert.ok(
      out.includes('message="bad &lt;tag&gt; &amp; &quot;quote&quot; 100%\nsecond line\ufffd"'),
      'markup, quotes and control characters cannot break the XML',
    );
    assert.equal((out.match(/<testsuite /g) ?? []).length, 3);
  });
});

void describe('--format gitlab', () => {
  it('writes Code Quality issues with severities, paths, lines and line-independent fingerprints', () => {
    const issues = JSON.parse(
      formatGitlab([
        finding({}),
        finding({ line: 40, endLine: 44 }),
        finding({ severity: 'error', code: 'subset-not-found' }),
      ]),
    ) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      location: unknown;
      description: string;
    }[];
    assert.deepEqual(
      issues.map((i) => [i.check_name, i.severity, i.location]),
      [
        ['weight-sum', 'minor', { path: 'deploy/vs.yaml', lines: { begin: 12, end: 12 } }],
        ['weight-sum', 'minor', { path: 'deploy/vs.yaml', lines: { begin: 40, end: 44 } }],
        ['subset-not-found', 'major', { path: 'deploy/vs.yaml', lines: { begin: 12, end: 12 } }],
      ],
    );
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, 3, 'repeats are told apart');
    const moved = JSON.parse(formatGitlab([finding({ line: 99, endLine: 99 })])) as { fingerprint: string }[];
    assert.equal(moved[0]!.fingerprint, issues[0]!.fingerprint, 'a finding that moved keeps its fingerprint');
    assert.match(issues[0]!.fingerprint, /^[0-9a-f]{64}$/);
  });
});

void describe('istio-canary check --format github|junit|gitlab', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-formats-'));
    const source = path.join(ROOT, 'test/fixtures/scenarios/canary-90-10/virtual.yaml');
    fs.writeFileSync(
      path.join(dir, 'virtual.yaml'),
      fs.readFileSync(source, 'utf8').replace('weight: 10', 'weight: 20'),
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [format, expected] of [
    [
      'github',
      /^::warning file=virtual\.yaml,line=\d+,col=\d+,endLine=\d+,title=istio-canary weight-sum::Weights of this route add up to 110/m,
    ],
    ['junit', /<failure type="warning" message="Weights of this route add up to 110/],
    ['gitlab', /"check_name": "weight-sum",\n\s+"description": "Weights of this route add up to 110/],
  ] as const) {
    it(`${format}: reports the broken weight and keeps the exit code of text output`, () => {
      const { code, stdout } = captureCli(['check', '.', '--format', format, '--max-warnings', '0'], {
        cwd: dir,
      });
      assert.equal(code, 1);
      assert.match(stdout, expected);
    });
  }
});
