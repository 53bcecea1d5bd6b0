// Minimal glob matching for exclude settings and protected-context patterns: `**` (any path),
// `*` (anything but `/`), `?` (one character), everything else literal.

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else {
          source += '.*';
        }
      } else {
        source += '[^/]*';
      }
    } else if (c === '?') {
      source += '[^/]';
    } else {
      source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/** Whether a relative path (with `/` separators) matches any of the globs, or sits below a match. */
export function matchesAnyGlob(relativePath: string, globs: readonly string[]): boolean {
  return globs.some((glob) => {
    const re = globToRegExp(glob.replace(/\/$/, ''));
    if (re.test(relativePath)) return true;
    const parts = relativePath.split('/');
    for (let i = 1; i < parts.length; i++) if (re.test(parts.slice(0, i).join('/'))) return true;
    return false;
  });
}
