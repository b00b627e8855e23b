import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Legend, useDisplay } from '@/components/Legend';
import { SHORTCUTS } from '@/components/shortcuts';
import { type ColourKind, type DisplaySettings, type MarkKind, markStyle, SAFE_COLOURS, writeDisplay } from '@/lib/display';

const KINDS: Array<[MarkKind, string]> = [
  ['quantity', 'Figures (“about 10,000 troops”)'],
  ['attribution', 'Statements (who said what)'],
  ['saved', 'Passages you saved'],
];

const COLOURS: Array<[ColourKind, string]> = [
  ['quantity', 'Figures'],
  ['attribution', 'Statements'],
  ['saved', 'Saved'],
  ['agree', 'Agrees with a saved figure'],
  ['differ', 'Differs from a saved figure'],
];

const WHERE = { page: 'On an article', card: 'In a card', popup: 'In the popup' } as const;

/** The options page: what is highlighted, how statements are shown, the colours, the legend and the shortcuts. */
export function Options() {
  const [display, setDisplay] = useDisplay();
  const [status, setStatus] = useState('');
  const change = (next: DisplaySettings) => {
    setDisplay(next);
    void writeDisplay(next, browser.storage.local).then(
      () => setStatus('Saved. Open articles follow at once.'),
      (error: unknown) => setStatus(`Not saved: ${String(error)}`),
    );
  };
  return (
    <main>
      <h1>ClaimLens options</h1>
      <section aria-labelledby="show">
        <h2 id="show">Highlight on articles</h2>
        {KINDS.map(([kind, label]) => (
          <label class="row" key={kind}>
            <input
              type="checkbox"
              checked={display.show[kind]}
              onChange={(e) => change({ ...display, show: { ...display.show, [kind]: e.currentTarget.checked } })}
            />
            {label}
          </label>
        ))}
      </section>
      <section aria-labelledby="statements">
        <h2 id="statements">Statements are shown</h2>
        <fieldset>
          <legend class="cl-visually-hidden">How statements are shown</legend>
          <label class="row">
            <input
              type="radio"
              name="statements"
              checked={display.statements === 'cue'}
              onChange={() => change({ ...display, statements: 'cue' })}
            />
            By their cue and speaker only: <span style={markStyle({ ...display, statements: 'cue' }, 'cue')}>she said</span> (the
            article stays easy to read)
          </label>
          <label class="row">
            <input
              type="radio"
              name="statements"
              checked={display.statements === 'tint'}
              onChange={() => change({ ...display, statements: 'tint' })}
            />
            In full:{' '}
            <span style={markStyle({ ...display, statements: 'tint' }, 'attribution')}>
              everything the speaker is reported to say
            </span>
          </label>
        </fieldset>
      </section>
      <section aria-labelledby="colours">
        <h2 id="colours">Colours</h2>
        <p class="hint">
          The defaults are Okabe and Ito’s colours, told apart with every common kind of colour blindness; each kind of mark also
          has its own line (solid, dotted, double, wavy).
        </p>
        <div class="colours">
          {COLOURS.map(([kind, label]) => (
            <label class="row" key={kind}>
              <input
                type="color"
                value={display.colours[kind]}
                onChange={(e) => change({ ...display, colours: { ...display.colours, [kind]: e.currentTarget.value } })}
              />
              {label}
            </label>
          ))}
        </div>
        <button type="button" class="cl-button" onClick={() => change({ ...display, colours: SAFE_COLOURS })}>
          Reset to colour-blind-safe colours
        </button>
      </section>
      <section aria-labelledby="legend">
        <h2 id="legend">Legend</h2>
        <Legend display={display} />
      </section>
      <p role="status" class="hint">
        {status}
      </p>
      <section aria-labelledby="keys">
        <h2 id="keys">Keyboard shortcuts</h2>
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.what}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && '+'}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.what}</td>
                <td>{WHERE[s.where]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
