// The one glob matcher (picomatch underneath): exclude globs over workspace-relative paths and
// context-name patterns. Brace sets used to match nothing with the hand-written matcher.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesNameGlob, matchesPathGlob } from '../../protocol/src/glob';

void describe('matchesPathGlob', () => {
  it('reads brace sets: **/*.{yaml,yml} matches YAML at any depth and nothing else', () => {
    const globs = ['**/*.{yaml,yml}'];
    assert.equal(matchesPathGlob('a.yaml', globs), true);
    assert.equal(matchesPathGlob('deep/er/b.yml', globs), true);
    assert.equal(matchesPathGlob('deep/er/b.json', globs), false);
  });

  it('skips what sits below a matching folder, with or without /** and a trailing slash', () => {
    for (const glob of ['charts', 'charts/', 'charts/**']) {
      assert.equal(matchesPathGlob('charts/app/values.yaml', [glob]), true, glob);
      assert.equal(matchesPathGlob('chartsx/app.yaml', [glob]), false, glob);
    }
  });

  it('* stays within one folder, ** crosses folders, and dot folders are not special', () => {
    assert.equal(matchesPathGlob('gen/a.yaml', ['gen/*.yaml']), true);
    assert.equal(matchesPathGlob('gen/x/a.yaml', ['gen/*.yaml']), false);
    assert.equal(matchesPathGlob('x/generated/a.yaml', ['**/generated/*.yaml']), true);
    assert.equal(matchesPathGlob('.github/ci.yaml', ['**/ci.yaml']), true);
    assert.equal(matchesPathGlob('a.yaml', []), false);
  });

  it('character classes and negated extglobs work', () => {
    assert.equal(matchesPathGlob('v1/a.yaml', ['v[0-9]/*.yaml']), true);
    assert.equal(matchesPathGlob('vx/a.yaml', ['v[0-9]/*.yaml']), false);
    assert.equal(matchesPathGlob('a.yaml', ['!(a).yaml']), false);
    assert.equal(matchesPathGlob('b.yaml', ['!(a).yaml']), true);
  });
});

void describe('matchesNameGlob', () => {
  it('ignores case and lets * cross / in context names', () => {
    assert.equal(matchesNameGlob('arn:aws:eks:eu-west-1:1:cluster/PROD', ['*prod*']), true);
    assert.equal(matchesNameGlob('kind-kind', ['*prod*']), false);
    assert.equal(matchesNameGlob('anything', []), false);
  });
});
