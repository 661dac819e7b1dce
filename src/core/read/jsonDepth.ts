/**
 * jsonc-parser recurses once per nesting level, so deep input ("[[[[…" 100,000 times) would
 * overflow the stack. This flat scan finds the first bracket beyond the limit first. It skips
 * strings and comments the way jsonc-parser's scanner does (a string ends at a line break), so
 * it never counts fewer levels than the parser will enter.
 */

/** Metric data needs three levels (object → list → row); 64 leaves room and stays far from the stack limit. */
export const MAX_JSON_DEPTH = 64;

/** Offset of the first '{' or '[' nested deeper than MAX_JSON_DEPTH, or -1. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      i = stringEnd(text, i);
    } else if (code === 47) {
      i = commentEnd(text, i);
    } else if (code === 123 || code === 91) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (code === 125 || code === 93) {
      depth--;
    }
  }
  return -1;
}

/** Index of the closing quote, or of the line break or end where an unclosed string stops. */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 34) return i;
    else if (code === 10 || code === 13) return i;
  }
  return text.length;
}

/** Index of a comment's last character; a lone '/' is left for the parser to reject. */
function commentEnd(text: string, slash: number): number {
  const next = text.charCodeAt(slash + 1);
  if (next === 47) {
    let i = slash + 2;
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    return i;
  }
  if (next === 42) {
    const close = text.indexOf('*/', slash + 2);
    return close < 0 ? text.length : close + 1;
  }
  return slash;
}
