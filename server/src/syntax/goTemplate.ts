// Go templates (Helm charts, and other tools that template YAML): such a file is not YAML until it
// is rendered, so checking it as YAML only floods the user with syntax errors. A file is a
// template when it sits in a `templates/` folder and uses `{{`, or when `{{ … }}` appears outside
// a quoted scalar (quoted `"{{ … }}"` is a legal string and other tools write it in plain YAML).
import type { Span } from './parseYaml';

/** Where the first template action is, when the file is a Go template; otherwise undefined. */
export function findTemplateAction(uri: string, text: string): Span | undefined {
  const first = text.indexOf('{{');
  if (first < 0) return undefined;
  const inTemplatesFolder = /\/templates\//.test(uri);
  let lineStart = text.lastIndexOf('\n', first) + 1;
  let at = first;
  while (at >= 0) {
    lineStart = text.lastIndexOf('\n', at) + 1;
    if (inTemplatesFolder || !insideQuotesOrComment(text.slice(lineStart, at))) {
      const close = text.indexOf('}}', at);
      const lineEnd = text.indexOf('\n', at);
      const end = close >= 0 && (lineEnd < 0 || close < lineEnd) ? close + 2 : at + 2;
      return { start: at, end };
    }
    at = text.indexOf('{{', at + 2);
  }
  return undefined;
}

/** Whether a line prefix leaves a quoted scalar or a comment open. */
function insideQuotesOrComment(prefix: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i]!;
    if (quote === '"' && c === '\\') i++;
    else if (quote === "'" && c === "'" && prefix[i + 1] === "'") i++;
    else if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      // A quote opens a scalar only at the start of a value, not inside a plain word (it's).
      if (i === 0 || /[\s:[{,-]/.test(prefix[i - 1]!)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(prefix[i - 1]!))) return true;
  }
  return quote !== undefined;
}
