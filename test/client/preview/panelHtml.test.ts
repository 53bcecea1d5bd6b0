// The panel's HTML shell: a strict CSP with a nonce, no remote resources, one nonced script.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPanelHtml, contentSecurityPolicy, createNonce } from '../../../client/src/preview/panelHtml';

const options = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abc123==',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
};

void describe('panel HTML', () => {
  void it('sets the CSP the brief asks for', () => {
    assert.equal(
      contentSecurityPolicy(options.cspSource, options.nonce),
      `default-src 'none'; style-src ${options.cspSource}; script-src 'nonce-abc123=='; img-src ${options.cspSource}`,
    );
    const html = buildPanelHtml(options);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src https:\/\/file\+/,
    );
  });

  void it('loads only local resources, with the nonce on its one script and no inline style', () => {
    const html = buildPanelHtml(options);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="abc123==" src="${options.scriptUri}">`]);
    assert.doesNotMatch(html, /style=|<style/);
    const urls = html.match(/(?:src|href)="([^"]+)"/g) ?? [];
    for (const url of urls) assert.match(url, /vscode-resource/);
  });

  void it('makes a different nonce each time', () => {
    const a = createNonce();
    assert.match(a, /^[A-Za-z0-9+/]{22}==$/);
    assert.notEqual(a, createNonce());
  });
});
