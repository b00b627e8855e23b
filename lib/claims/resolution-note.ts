import type { Attribution } from './types';

/**
 * How the card says a speaker was found (issue 19: "she → Sabrina Singh, named two sentences before"): the source as
 * written, how it was resolved, and where the name was written relative to the statement's sentence. Null when the
 * sentence names the speaker itself. An unresolved speaker is shown as written and says so.
 */
export function resolutionNote(a: Attribution, sentenceStart: number): { text: string; unresolved: boolean } | null {
  const how = a.resolution ?? 'name';
  if (how === 'name') return null;
  if (how === 'unresolved') return { text: `“${a.speakerText}” as written: not resolved to a name`, unresolved: true };
  const where =
    a.namedAt === undefined ? '' : a.namedAt < sentenceStart ? ', named earlier in the article' : ', named in this sentence';
  return { text: `“${a.speakerText}” → ${a.speaker} (${WORDING[how]}${where})`, unresolved: false };
}

const WORDING = { surname: 'by surname', pronoun: 'by pronoun', role: 'by description' } as const;
