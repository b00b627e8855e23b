/**
 * What happened to what was counted: figures of different events are different figures. A list of its own, so that
 * the schemas (lib/schemas.ts) check a stored reading's event without the lexicon's tables.
 */
export const EVENT_KINDS = [
  'sent',
  'killed',
  'wounded',
  'casualties',
  'launched',
  'downed',
  'captured',
  'displaced',
  'rioted',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
