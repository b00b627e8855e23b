import { useState } from 'preact/hooks';
import type { Page, Annotation } from '@/lib/store/types';
import type { FigureChange } from '@/lib/anchoring/selectors';
import { formatQuantity } from '@/lib/page/format';
import { FigureUpdates, NoLongerInArticle } from './AnchorStatus';

export interface AnnotationItemProps {
  annotation: Annotation;
  /** Shown in the all-annotations list, where items come from many pages. */
  page?: Page;
  onUpdate: (changes: { note?: string; tags?: string[] }) => void;
  onDelete: () => void;
  /** Saved here, but no longer found in the page's text. */
  orphaned?: boolean;
  /** Figures the article changed since this was saved. */
  updates?: FigureChange[];
}

const parseTags = (value: string) => [
  ...new Set(
    value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

/** One saved annotation: its text, figures and speakers, with its note and tags editable in place. */
export function AnnotationItem({ annotation: a, page, onUpdate, onDelete, orphaned = false, updates }: AnnotationItemProps) {
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState(a.tags.join(', '));
  const speakers = [...new Set(a.attributions.map((x) => x.speaker))];
  return (
    <li class="annotation">
      {page && (
        <a class="source" href={page.url} target="_blank" rel="noreferrer">
          {page.title || page.url} · {page.site}
          {page.publishedAt ? ` · ${page.publishedAt.slice(0, 10)}` : ''}
        </a>
      )}
      {orphaned && <NoLongerInArticle savedAt={a.createdAt} />}
      <FigureUpdates changes={updates} />
      <blockquote>{a.text.length > 400 ? `${a.text.slice(0, 397)}…` : a.text}</blockquote>
      {(a.quantities.length > 0 || speakers.length > 0) && (
        <p class="facts">
          {a.quantities.map((q) => (
            <span class="figure" key={q.start}>
              {formatQuantity(q)}
            </span>
          ))}
          {speakers.map((s) => (
            <span class="speaker" key={s}>
              {s}
            </span>
          ))}
        </p>
      )}
      <label>
        Note
        <textarea
          rows={2}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
          onBlur={() => note !== a.note && onUpdate({ note })}
        />
      </label>
      <label>
        Tags
        <input
          value={tags}
          placeholder="comma, separated"
          onInput={(e) => setTags(e.currentTarget.value)}
          onBlur={() => parseTags(tags).join(',') !== a.tags.join(',') && onUpdate({ tags: parseTags(tags) })}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </label>
      <button type="button" class="delete" onClick={onDelete} aria-label={`Delete “${a.text.slice(0, 40)}”`}>
        Delete
      </button>
    </li>
  );
}
