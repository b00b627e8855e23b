import { describeSpan } from '../anchoring/selectors';
import type { Claim } from '../claims/types';
import { textBefore } from '../compare/context';
import type { NewAnnotation } from './annotations';

/**
 * A detected claim as the store is asked to save it: its sentence, figures and statements, where it stands in the
 * text it was read from (selectors to find it again, the text before it, cut to its last sentence when saved), and
 * the reader's note and tags.
 */
export function claimInput(
  text: string,
  claim: Claim,
  extra: { note: string; tags: string[] } = { note: '', tags: [] },
): Omit<NewAnnotation, 'pageId'> {
  return {
    kind: 'claim',
    text: claim.text,
    quantities: claim.quantities,
    attributions: claim.attributions,
    note: extra.note,
    tags: extra.tags,
    selectors: describeSpan(text, claim.start, claim.end),
    context: textBefore(text, claim.start),
  };
}
