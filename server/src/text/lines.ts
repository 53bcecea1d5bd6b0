// Line arithmetic on text offsets, shared by completion and code actions.

/**
 * The offset where the line holding `offset` starts. (`lastIndexOf` with a negative start index
 * searches from 0 and would find a newline *after* the offset: offset 0 is handled first.)
 */
export function lineStartAt(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the end of the line holding `offset` (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return Math.max(end, offset);
}
