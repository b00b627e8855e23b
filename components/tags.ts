/** Tags as typed ("north korea, kursk"): trimmed, without blanks or repeats. */
export const parseTags = (value: string): string[] => [
  ...new Set(
    value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

/**
 * The reader's own tags worth offering for what is being typed: those that
 * start with the word being typed (any of them when nothing is), not yet
 * chosen, at most `limit`.
 */
export function suggestTags(typed: string, own: string[], limit = 6): string[] {
  const parts = typed.split(',');
  const fragment = (parts.at(-1) ?? '').trim().toLowerCase();
  const chosen = new Set(parts.slice(0, -1).map((t) => t.trim().toLowerCase()));
  return own
    .filter((t) => !chosen.has(t.toLowerCase()) && t.toLowerCase().startsWith(fragment) && t.toLowerCase() !== fragment)
    .slice(0, limit);
}

/** The typed text with its last, unfinished tag replaced by a chosen one. */
export function acceptTag(typed: string, tag: string): string {
  const parts = typed
    .split(',')
    .slice(0, -1)
    .map((t) => t.trim())
    .filter(Boolean);
  return `${[...parts, tag].join(', ')}, `;
}
