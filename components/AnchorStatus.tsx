import type { FigureChange } from '@/lib/anchoring/selectors';

/** "Updated since you saved: 3,000 → 3,543": the figures of a saved passage the article has changed since. */
export function FigureUpdates({ changes }: { changes: FigureChange[] | undefined }) {
  if (!changes || changes.length === 0) return null;
  return (
    <p class="claimlens-updated" role="status">
      {'Updated since you saved: '}
      {changes.map((c, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <del>{c.old}</del> → <ins>{c.new}</ins>
        </span>
      ))}
    </p>
  );
}

/** A saved passage the article no longer has: listed with the date it was saved (its text is shown beside). */
export function NoLongerInArticle({ savedAt }: { savedAt: number }) {
  const date = new Date(savedAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return <p class="orphan">No longer in the article (saved {date}): kept here, with its text as saved.</p>;
}

export const ANCHOR_STATUS_STYLES = `
.claimlens-updated { margin: 6px 0; font-size: 13px; }
.claimlens-updated del { opacity: 0.7; }
.claimlens-updated ins { text-decoration: none; font-weight: 600; background: rgb(255 190 0 / 0.35); padding: 0 3px; border-radius: 3px; }
`;
