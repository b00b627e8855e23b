import { useState } from 'preact/hooks';
import type { Page, Annotation } from '@/lib/store/types';
import { formatQuantity } from '@/lib/page/format';
import { TagInput } from './TagInput';
import { parseTags } from './tags';

export interface AnnotationItemProps {
  annotation: Annotation;
  /** Shown in the all-annotations list, where items come from many pages. */
  page?: Page;
  onUpdate: (changes: { note?: string; tags?: string[] }) => void;
  onDelete: () => void;
  /** Saved here, but no longer found in the page's text. */
  orphaned?: boolean;
  /** The reader's own tags, offered when tagging. */
  ownTags?: string[];
}

/**
 * One saved annotation: its text, figures and speakers, its note and tags
 * shown compactly; "Edit" opens them for editing in place.
 */
export function AnnotationItem({ annotation: a, page, onUpdate, onDelete, orphaned = false, ownTags = [] }: AnnotationItemProps) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState(a.tags.join(', '));
  const speakers = [...new Set(a.attributions.map((x) => x.speaker))];
  const editor = `edit-${a.id}`;
  const commitNote = () => note !== a.note && onUpdate({ note });
  const commitTags = () => parseTags(tags).join(',') !== a.tags.join(',') && onUpdate({ tags: parseTags(tags) });
  return (
    <li class="annotation">
      {page && (
        <a class="source" href={page.url} target="_blank" rel="noreferrer">
          {page.title || page.url} · {page.site}
          {page.publishedAt ? ` · ${page.publishedAt.slice(0, 10)}` : ''}
        </a>
      )}
      {orphaned && <p class="orphan">Not found on the page as it is now: kept here, with its text.</p>}
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
      {!editing && a.note && <p class="note">{a.note}</p>}
      <div class="item-actions">
        {!editing && a.tags.length > 0 && (
          <ul class="tags" aria-label="Tags">
            {a.tags.map((t) => (
              <li class="cl-chip" key={t}>
                {t}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          class="cl-button quiet"
          aria-expanded={editing}
          aria-controls={editor}
          onClick={() => {
            if (editing) commitTags();
            setEditing(!editing);
          }}
        >
          {editing ? 'Done' : a.note || a.tags.length > 0 ? 'Edit note and tags' : 'Add note or tags'}
        </button>
        <button type="button" class="cl-button quiet delete" onClick={onDelete} aria-label={`Delete “${a.text.slice(0, 40)}”`}>
          Delete
        </button>
      </div>
      {editing && (
        <div class="editor" id={editor}>
          <label for={`${editor}-note`}>Note</label>
          <textarea
            id={`${editor}-note`}
            class="cl-input"
            rows={2}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
            onBlur={commitNote}
          />
          <label for={`${editor}-tags`}>Tags</label>
          <TagInput
            id={`${editor}-tags`}
            value={tags}
            own={ownTags}
            onInput={setTags}
            onBlur={commitTags}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              commitTags();
              setEditing(false);
            }}
          />
        </div>
      )}
    </li>
  );
}
