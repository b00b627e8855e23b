import { acceptTag, suggestTags } from './tags';

export interface TagInputProps {
  id: string;
  value: string;
  onInput: (value: string) => void;
  /** The reader's own tags, offered as they type. */
  own: string[];
  onKeyDown?: (e: KeyboardEvent) => void;
  onBlur?: () => void;
  inputRef?: (el: HTMLInputElement | null) => void;
}

/** Comma-separated tags, with the reader's own tags that fit what is typed offered as buttons. */
export function TagInput({ id, value, onInput, own, onKeyDown, onBlur, inputRef }: TagInputProps) {
  const offered = suggestTags(value, own);
  return (
    <div class="cl-tags">
      <input
        id={id}
        ref={inputRef}
        class="cl-input"
        value={value}
        placeholder="comma, separated"
        autocomplete="off"
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {offered.length > 0 && (
        <div class="cl-suggested" role="group" aria-label="Your tags">
          {offered.map((t) => (
            <button
              type="button"
              class="cl-chip cl-chip-button"
              key={t}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onInput(acceptTag(value, t))}
            >
              {t}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
