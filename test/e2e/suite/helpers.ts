// Helpers for e2e tests running inside the VS Code extension host: waiting on conditions and
// events (never fixed sleeps), opening files of the throwaway test workspace, editing documents.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'istio-canary.istio-canary';
export const SOURCE = 'istio-canary';

/** Polls `condition` until it returns a truthy value, which is returned; throws after `timeoutMs`. */
export async function waitFor<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    // A short poll interval, not a fixed sleep: the wait ends as soon as the condition holds.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The root folder of the throwaway workspace (a fresh copy of scenarios/ and examples/). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e runner must open a workspace folder');
  return folder.uri;
}

export function fixtureUri(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
}

/** Opens and shows a workspace file, e.g. `scenarios/canary-90-10/virtual.yaml`. */
export async function openFixture(relPath: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relPath));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Creates (or overwrites) a file in the workspace and opens it. */
export async function createFile(relPath: string, text: string): Promise<vscode.TextDocument> {
  const uri = fixtureUri(relPath);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return openFixture(relPath);
}

/** Waits until the extension is installed and active, and returns it. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) {
    throw new Error(`extension ${EXTENSION_ID} is not loaded (check engines.vscode and the runner log)`);
  }
  await waitFor(() => ext.isActive, `activation of ${EXTENSION_ID}`);
  return ext;
}

/** Our diagnostics (source `istio-canary`) currently shown for `uri`. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/**
 * Resolves with our diagnostics for `uri` as soon as `predicate` holds for them, listening to
 * `onDidChangeDiagnostics` rather than polling.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = ourDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const now = ourDiagnostics(uri).map(describeDiagnostic);
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; now: [${now.join('; ')}]`,
        ),
      );
    }, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** `code` of a diagnostic as a plain string (VS Code allows `{ value, target }` too). */
export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function describeDiagnostic(d: vscode.Diagnostic): string {
  const severity = vscode.DiagnosticSeverity[d.severity];
  return `${severity}[${diagnosticCode(d) ?? ''}] ${d.range.start.line}:${d.range.start.character} ${d.message}`;
}

/** Replaces the first occurrence of `search` in `doc` (in memory; the file is not saved). */
export async function replaceText(
  doc: vscode.TextDocument,
  search: string,
  replacement: string,
): Promise<void> {
  const offset = doc.getText().indexOf(search);
  if (offset < 0) throw new Error(`'${search}' not found in ${doc.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(
    doc.uri,
    new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + search.length)),
    replacement,
  );
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`edit of ${doc.uri.path} was refused`);
}

/**
 * Splits a fixture with `$0`, `$1`, ... cursor markers into the text without markers and the
 * marker positions.
 */
export function withCursors(marked: string): { text: string; cursors: vscode.Position[] } {
  const cursors: vscode.Position[] = [];
  const lines = marked.split('\n');
  const out = lines.map((line, lineNo) => {
    let result = line;
    for (let m = /\$(\d)/.exec(result); m; m = /\$(\d)/.exec(result)) {
      cursors[Number(m[1])] = new vscode.Position(lineNo, m.index);
      result = result.slice(0, m.index) + result.slice(m.index + m[0].length);
    }
    return result;
  });
  return { text: out.join('\n'), cursors };
}

export function completionLabels(list: vscode.CompletionList | undefined): string[] {
  return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .trim();
}
