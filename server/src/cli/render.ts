// Rendering for the CLI: a Kustomize overlay (`kubectl kustomize DIR`) or a Helm chart
// (`helm template CHART`) becomes YAML text the language service analyses like any file, and
// findings on that text are mapped back to the file that produced the line when one can be
// found (a patch or resource file with the same line in the same kind/name), otherwise to the
// kustomization line that lists the patch or resource. Tools run through `execFile` with argument
// arrays, never a shell string; only local kustomize bases are rendered.
import { execFileSync } from 'node:child_process';
export {
  kustomizationFileIn,
  mapRenderedLine,
  readKustomizeSources,
  remoteBasesRefusal,
  type KustomizeSources,
  type SourceLine,
} from '../render/kustomize';

export type ToolResult =
  | { readonly ok: true; readonly stdout: string }
  | { readonly ok: false; readonly missing: boolean; readonly message: string };

/** Runs a program with arguments (no shell) and returns its output. */
export type RunTool = (command: string, args: readonly string[], cwd: string) => ToolResult;

export const runTool: RunTool = (command, args, cwd) => {
  try {
    const stdout = execFileSync(command, [...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    return { ok: true, stdout };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      return { ok: false, missing: true, message: `${command} was not found on the PATH` };
    const detail = typeof e.stderr === 'string' && e.stderr.trim() ? e.stderr.trim() : e.message;
    return { ok: false, missing: false, message: `${command} ${args.join(' ')} failed: ${detail}` };
  }
};

/** Splits `helm template` output at its `# Source: chart/templates/x.yaml` comments. */
export function splitHelmOutput(text: string): { source: string; text: string }[] {
  const parts: { source: string; text: string }[] = [];
  const marker = /^# Source: (.+)$/gm;
  const found = [...text.matchAll(marker)];
  if (found.length === 0) return text.trim() ? [{ source: 'rendered', text }] : [];
  found.forEach((m, i) => {
    const start = m.index;
    const end = i + 1 < found.length ? found[i + 1]!.index : text.length;
    // The `---` before the next marker belongs to the next document; strip it from this one.
    const body = text.slice(start, end).replace(/\n---\s*$/, '\n');
    const last = parts.find((p) => p.source === m[1]!.trim());
    if (last) last.text += `---\n${body}`;
    else parts.push({ source: m[1]!.trim(), text: body });
  });
  return parts;
}
