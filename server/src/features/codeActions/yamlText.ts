// Small helpers for writing YAML text into an existing file so that it looks as if the file's
// author had typed it: their line endings, their list indentation, scalars quoted only when YAML
// would otherwise read them as something else.

/** `\r\n` when the text uses it, else `\n`. */
export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Whether list items under a key are written at the key's own column (`key:\n- item`, kubectl's
 * style and the default) or indented by two (`key:\n  - item`), judged from the text.
 */
export function indentsSequences(text: string): boolean {
  const compact = /^( *)[^\s#-][^:\n]*:[ \t]*\r?\n\1- /m.test(text);
  const indented = /^( *)[^\s#-][^:\n]*:[ \t]*\r?\n\1 {2}- /m.test(text);
  return indented && !compact;
}

/** A scalar written plainly when YAML reads it back as the same string, quoted otherwise. */
export function yamlScalar(value: string): string {
  const plain = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(value);
  const misread =
    /^(true|false|yes|no|on|off|null|~|y|n)$/i.test(value) ||
    /^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(value) ||
    /^0[xo]/i.test(value);
  return plain && !misread ? value : JSON.stringify(value);
}

export { lineEndAt, lineStartAt } from '../../text/lines';
