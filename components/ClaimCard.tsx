import { useState } from 'preact/hooks';
import type { Claim } from '@/lib/claims/types';
import { formatQuantity } from '@/lib/page/format';
import type { FigureMatches } from '@/lib/store/compare';
import type { FigureChange } from '@/lib/anchoring/selectors';
import { ANCHOR_STATUS_STYLES, FigureUpdates } from './AnchorStatus';
import { Compared } from './Compared';
import comparedStyles from './compared.css?inline';

export interface ClaimCardProps {
  claim: Claim;
  /** Where to show the card, in viewport pixels (below or above the highlight). */
  left: number;
  top: number;
  onClose: () => void;
  saved: boolean;
  onSave: () => Promise<void>;
  /** Saved figures the claim's figures were compared with. */
  compared: FigureMatches[];
  /** Figures the article changed since the reader saved this claim. */
  updates?: FigureChange[];
}

/** What ClaimLens found in one sentence: each figure normalised, each statement with its source. */
export function ClaimCard({ claim, left, top, onClose, saved, onSave, compared, updates }: ClaimCardProps) {
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | string>(saved ? 'saved' : 'idle');
  const save = () => {
    setState('saving');
    onSave().then(
      () => setState('saved'),
      (error: unknown) => setState(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <div class="card" role="dialog" aria-label="ClaimLens: claim details" style={{ left: `${left}px`, top: `${top}px` }}>
      <button type="button" class="close" aria-label="Close" onClick={onClose}>
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
                · {a.cue} · {a.type === 'direct' ? 'quote' : a.type === 'according-to' ? 'according to' : 'reported'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <FigureUpdates changes={updates} />
      <Compared figures={compared} />
      <div class="actions">
        {!['idle', 'saving', 'saved'].includes(state) && (
          <span class="error" role="alert">
            Not saved: {state}
          </span>
        )}
        <button type="button" class="save" disabled={state === 'saving' || state === 'saved'} onClick={save}>
          {state === 'saved' ? 'Saved' : state === 'saving' ? 'Saving…' : 'Save'}
        </button>
      </div>
    </div>
  );
}

export const CARD_STYLES = `${comparedStyles}${ANCHOR_STATUS_STYLES}
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(26rem, calc(100vw - 16px)); padding: 12px 14px;
  font: 14px/1.45 system-ui, sans-serif; color: #1d1d1f; background: #fff; border: 1px solid #c9ced6; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); }
@media (prefers-color-scheme: dark) { .card { color: #f2f2f2; background: #232428; border-color: #4a4d55; } }
.close { position: absolute; top: 4px; right: 6px; border: 0; background: none; font-size: 18px; color: inherit; cursor: pointer; }
.sentence { margin: 0 16px 8px 0; padding-left: 8px; border-left: 3px solid #8aa4d6; font-style: italic; opacity: 0.85; }
ul { margin: 6px 0; padding: 0; list-style: none; }
li { margin: 3px 0; }
.figure { font-weight: 600; background: rgb(255 190 0 / 0.35); padding: 0 3px; border-radius: 3px; }
.as-written { margin-left: 6px; opacity: 0.7; }
.speaker { font-weight: 600; }
.role, .cue { opacity: 0.8; }
.actions { margin-top: 8px; text-align: right; }
.error { margin-right: 8px; color: #b3261e; }
.save { cursor: pointer; font: inherit; padding: 3px 12px; border-radius: 5px; border: 1px solid #7a8699; background: transparent; color: inherit; }
`;
