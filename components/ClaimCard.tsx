import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { resolutionNote } from '@/lib/claims/resolution-note';
import type { Claim } from '@/lib/claims/types';
import { formatQuantity } from '@/lib/page/format';
import type { FigureMatches } from '@/lib/store/compare';
import type { FigureChange } from '@/lib/anchoring/selectors';
import { ANCHOR_STATUS_STYLES, FigureUpdates } from './AnchorStatus';
import { Compared } from './Compared';
import { type Box, placeCard } from './place-card';
import { SHORTCUTS } from './shortcuts';
import { TagInput } from './TagInput';
import { parseTags } from './tags';
import comparedStyles from './compared.css?inline';
import tokens from './tokens.css?inline';
import cardStyles from './card.css?inline';

export interface ClaimCardProps {
  claim: Claim;
  /** The claim's highlighted spans, in viewport pixels: the card is placed so as never to cover them. */
  anchor: Box;
  onClose: () => void;
  /** The note and tags the claim was saved with; null when it is not saved. */
  saved: Saved | null;
  /** Saves the claim with a note and tags, or changes them when it is saved already. */
  onSave: (extra: Saved) => Promise<void>;
  /** Saved figures the claim's figures were compared with. */
  compared: FigureMatches[];
  /** The reader's own tags, offered when tagging. */
  ownTags: string[];
  /** Figures the article changed since the reader saved this claim. */
  updates?: FigureChange[];
  /** Moves to the next (1) or previous (-1) claim. */
  onStep: (direction: 1 | -1) => void;
  onOpenLibrary: () => void;
  /** Opened from the keyboard: focus moves into the card. */
  focus: boolean;
}

type Saved = { note: string; tags: string[] };
type SaveState = { state: 'idle' | 'saving' } | { state: 'failed'; error: string };

// Keys that act while the card has focus and no text field does (see SHORTCUTS).
const isTyping = (e: KeyboardEvent) => {
  const el = e.composedPath()[0];
  return el instanceof HTMLElement && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT');
};

const FOCUSABLE = 'button:not(:disabled), textarea, input, a[href], [tabindex]:not([tabindex="-1"])';

/** Role and cue of a statement, as the card writes them: "quote", "reported", "according to". */
const HOW = { direct: 'quote', indirect: 'reported', 'according-to': 'according to' } as const;

/** What ClaimLens found in one sentence: each figure normalised, each statement with its source; save with a note and tags. */
export function ClaimCard(props: ClaimCardProps) {
  const { claim, anchor, onClose, saved, onSave, compared, ownTags, onStep, onOpenLibrary, focus, updates } = props;
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  // What is stored (null until saved); the fields, when open; whether they differ from what is stored.
  const [stored, setStored] = useState<Saved | null>(saved);
  const [note, setNote] = useState<string | null>(null);
  const [tags, setTags] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [help, setHelp] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  const noteField = useRef<HTMLTextAreaElement | null>(null);
  const tagsField = useRef<HTMLInputElement | null>(null);
  const [wanted, setWanted] = useState<'note' | 'tags' | null>(null);

  // Placed once its size is known, before the browser paints it.
  useLayoutEffect(() => {
    const el = card.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView as Window;
    el.style.maxHeight = '';
    const place = placeCard(anchor, el.getBoundingClientRect(), { width: view.innerWidth, height: view.innerHeight });
    el.style.left = `${place.left}px`;
    el.style.top = `${place.top}px`;
    if (place.maxHeight !== null) el.style.maxHeight = `${place.maxHeight}px`;
  });
  useLayoutEffect(() => {
    if (focus) card.current?.focus({ preventScroll: true });
  }, [claim.start, focus]);
  useLayoutEffect(() => {
    if (wanted === 'note') noteField.current?.focus();
    if (wanted === 'tags') tagsField.current?.focus();
    setWanted(null);
  }, [wanted]);

  const upToDate = stored !== null && !dirty;
  const doSave = () => {
    if (save.state === 'saving' || upToDate) return;
    const extra = {
      note: note === null ? (stored?.note ?? '') : note.trim(),
      tags: tags === null ? (stored?.tags ?? []) : parseTags(tags),
    };
    setSave({ state: 'saving' });
    onSave(extra).then(
      () => {
        setStored(extra);
        setDirty(false);
        setSave({ state: 'idle' });
        card.current?.focus({ preventScroll: true });
      },
      (error: unknown) => setSave({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  };
  const open = (field: 'note' | 'tags') => {
    if (field === 'note') setNote((n) => n ?? stored?.note ?? '');
    else setTags((t) => t ?? (stored && stored.tags.length > 0 ? `${stored.tags.join(', ')}, ` : ''));
    setWanted(field);
  };
  const edit = (set: (v: string) => void) => (value: string) => {
    set(value);
    setDirty(true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return handled(e, onClose);
    if (e.key === 'Tab') return trapTab(e, card.current);
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return handled(e, doSave);
    if (isTyping(e) || e.altKey || e.ctrlKey || e.metaKey) return;
    const act: Record<string, () => void> = {
      s: doSave,
      n: () => open('note'),
      t: () => open('tags'),
      j: () => onStep(1),
      k: () => onStep(-1),
      l: onOpenLibrary,
      '?': () => setHelp((h) => !h),
    };
    const action = act[e.key.toLowerCase()];
    if (action) handled(e, action);
  };

  return (
    // The keys above act while focus is anywhere in the card; the dialog itself takes focus when opened by keyboard.
    <div
      ref={card}
      class="card"
      role="dialog"
      aria-label="ClaimLens: claim details"
      aria-describedby="cl-card-keys"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <button type="button" class="cl-button quiet close" aria-label="Close (Esc)" onClick={onClose}>
        ×
      </button>
      <blockquote class="sentence">{claim.text.length > 280 ? `${claim.text.slice(0, 277)}…` : claim.text}</blockquote>
      {claim.quantities.length > 0 && (
        <ul class="quantities" aria-label="Figures">
          {claim.quantities.map((q) => (
            <li key={q.start}>
              <span class="figure">{formatQuantity(q)}</span>
              <span class="as-written">“{q.text}”</span>
            </li>
          ))}
        </ul>
      )}
      {claim.attributions.length > 0 && (
        <ul class="attributions" aria-label="Statements">
          {claim.attributions.map((a) => (
            <li key={a.contentStart}>
              <span class="speaker">{a.speaker}</span>
              {a.role && <span class="role">, {a.role}</span>}
              <span class="cue">
                {' '}
                · {a.cue} · {HOW[a.type]}
              </span>
              <Resolution note={resolutionNote(a, claim.start)} />
            </li>
          ))}
        </ul>
      )}
      <FigureUpdates changes={updates} />
      <Compared figures={compared} />
      {note === null && stored?.note && <p class="saved-note">{stored.note}</p>}
      {tags === null && stored && stored.tags.length > 0 && (
        <ul class="saved-tags" aria-label="Tags">
          {stored.tags.map((t) => (
            <li class="cl-chip" key={t}>
              {t}
            </li>
          ))}
        </ul>
      )}
      {note !== null && (
        <div class="field">
          <label for="cl-note">Note</label>
          <textarea
            id="cl-note"
            ref={noteField}
            class="cl-input"
            rows={2}
            value={note}
            onInput={(e) => edit(setNote)(e.currentTarget.value)}
          />
        </div>
      )}
      {tags !== null && (
        <div class="field">
          <label for="cl-tags">Tags</label>
          <TagInput id="cl-tags" value={tags} own={ownTags} onInput={edit(setTags)} inputRef={(el) => (tagsField.current = el)} />
        </div>
      )}
      {help && (
        <table class="help" aria-label="Keyboard shortcuts">
          <tbody>
            {SHORTCUTS.filter((s) => s.where !== 'popup').map((s) => (
              <tr key={s.what}>
                <td>
                  {s.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </td>
                <td>{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        {save.state === 'failed' && (
          <span class="error" role="alert">
            Not saved: {save.error}
          </span>
        )}
        <span class="cl-visually-hidden" id="cl-card-keys">
          Keys: S save, N note, T tags, J and K next and previous, L library, question mark for all shortcuts, Escape closes.
        </span>
        <button type="button" class="cl-button quiet" aria-keyshortcuts="?" aria-expanded={help} onClick={() => setHelp(!help)}>
          <span aria-hidden="true">?</span>
          <span class="cl-visually-hidden">Keyboard shortcuts</span>
        </button>
        <button type="button" class="cl-button quiet" aria-keyshortcuts="L" onClick={onOpenLibrary}>
          Library
        </button>
        {note === null && (
          <button type="button" class="cl-button" aria-keyshortcuts="N" onClick={() => open('note')}>
            Note
          </button>
        )}
        {tags === null && (
          <button type="button" class="cl-button" aria-keyshortcuts="T" onClick={() => open('tags')}>
            Tags
          </button>
        )}
        <button
          type="button"
          class="cl-button primary save"
          aria-keyshortcuts="S"
          disabled={save.state === 'saving' || upToDate}
          onClick={doSave}
        >
          {save.state === 'saving' ? 'Saving…' : upToDate ? 'Saved' : stored ? 'Update' : 'Save'}
        </button>
      </div>
    </div>
  );
}

function handled(e: KeyboardEvent, action: () => void): void {
  e.preventDefault();
  e.stopPropagation();
  action();
}

/** Tab and Shift+Tab go round the card's controls, never out into the page. */
function trapTab(e: KeyboardEvent, card: HTMLElement | null): void {
  if (!card) return;
  const items = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return;
  const current = (card.getRootNode() as ShadowRoot | Document).activeElement;
  const at = items.indexOf(current as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === items.length - 1 ? 0 : at + 1;
  e.preventDefault();
  e.stopPropagation();
  items[next]?.focus();
}

export const CARD_STYLES = `${tokens}\n${comparedStyles}\n${ANCHOR_STATUS_STYLES}\n${cardStyles}`;

/** How the speaker was found, under the statement; an unresolved speaker is marked so (issue 19). */
function Resolution({ note }: { note: ReturnType<typeof resolutionNote> }) {
  if (note === null) return null;
  return <span class={note.unresolved ? 'role resolution unresolved' : 'role resolution'}>{` · ${note.text}`}</span>;
}
