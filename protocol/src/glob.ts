// Glob matching shared by the server (the `exclude` setting, the CLI's folder walk) and the client
// (`istioCanary.protectedContexts`), over picomatch so that braces, classes and extglobs mean
// what they mean in every other tool (`**/*.{yaml,yml}` included).
import picomatch from 'picomatch';

/**
 * Whether a path relative to a workspace folder (with `/` separators) matches one of the globs,
 * or sits below a folder that does (`charts` and `charts/**` both skip `charts/a.yaml`).
 * Dot files and folders match like any other (`**` covers `.github/`).
 */
export function matchesPathGlob(relativePath: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const isMatch = picomatch(
    globs.map((glob) => glob.replace(/\/+$/, '')),
    { dot: true },
  );
  const parts = relativePath.split('/');
  for (let end = parts.length; end > 0; end--) if (isMatch(parts.slice(0, end).join('/'))) return true;
  return false;
}

/**
 * Whether a name (a kube context such as `arn:aws:eks:eu-west-1:1:cluster/prod`) matches one of
 * the patterns, ignoring case. A name is not a path: `*` matches any characters, `/` included.
 */
export function matchesNameGlob(name: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  return picomatch([...patterns], { nocase: true, dot: true, bash: true })(name);
}
