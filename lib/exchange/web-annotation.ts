import type { AnnotationContent } from '../store/annotations';
import type { Page } from '../store/types';

/** The W3C Web Annotation context, and ours for the fields the model has no place for. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const CLAIMLENS_NS = 'https://claimlens.invalid/ns#';
export const CONTEXT = [ANNO_CONTEXT, { claimlens: CLAIMLENS_NS }] as const;
/** Our key on each annotation: the claim as extracted, the page record and the times, so that nothing is lost. */
export const CLAIM_KEY = 'claimlens:claim';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: string;
}

/** One annotation in the W3C Web Annotation model (JSON-LD). */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector: AnnotationContent['selectors'] };
  [CLAIM_KEY]: {
    kind: AnnotationContent['kind'];
    quantities: AnnotationContent['quantities'];
    attributions: AnnotationContent['attributions'];
    context: string;
    created: number;
    modified: number;
    page: Page;
  };
}

const URN = 'urn:uuid:';

/** An annotation as a W3C Web Annotation: note and tags as bodies, selectors on the target, our fields under CLAIM_KEY. */
export function toWebAnnotation(a: AnnotationContent, page: Page): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.note) body.push({ type: 'TextualBody', value: a.note, purpose: 'commenting', format: 'text/plain' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `${URN}${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    body,
    target: { source: page.url, selector: a.selectors },
    [CLAIM_KEY]: {
      kind: a.kind,
      quantities: a.quantities,
      attributions: a.attributions,
      context: a.context,
      created: a.createdAt,
      modified: a.updatedAt,
      page,
    },
  };
}

/** The opening of an AnnotationCollection whose items follow, one by one: so that an export can stream. */
export function collectionHead(total: number, generated: Date): string {
  const head = {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: 'ClaimLens annotations',
    generated: generated.toISOString(),
    total,
  };
  return `${JSON.stringify(head).slice(0, -1)},"first":{"type":"AnnotationPage","startIndex":0,"items":[\n`;
}

export const COLLECTION_TAIL = '\n]}}\n';

export { URN };
