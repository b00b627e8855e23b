import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_DISPLAY, DISPLAY_KEY, type DisplaySettings, markStyle, readDisplay } from '@/lib/display';

const ENTRIES = [
  { kind: 'quantity', sample: '10,000', what: 'figure' },
  { kind: 'cue', sample: 'said', what: 'statement: cue and speaker' },
  { kind: 'attribution', sample: 'what was said', what: 'statement' },
  { kind: 'saved', sample: 'saved', what: 'saved by you' },
  { kind: 'agree', sample: '3,000', what: 'agrees with a saved figure' },
  { kind: 'differ', sample: '12,000', what: 'differs from a saved figure' },
] as const;

/** What each mark on the page means, drawn with the reader's own settings. */
export function Legend({ display }: { display: DisplaySettings }) {
  const shown = ENTRIES.filter((e) => {
    const kind = e.kind === 'cue' || e.kind === 'attribution' ? 'attribution' : e.kind === 'saved' ? 'saved' : 'quantity';
    return display.show[kind] && markStyle(display, e.kind) !== '';
  });
  return (
    <ul class="legend" aria-label="What the marks mean">
      {shown.map((e) => (
        <li key={e.kind}>
          <span class="sample" style={markStyle(display, e.kind)}>
            {e.sample}
          </span>{' '}
          {e.what}
        </li>
      ))}
    </ul>
  );
}

/** The reader's display settings, kept up to date while the page is open. */
export function useDisplay(): [DisplaySettings, (d: DisplaySettings) => void] {
  const [display, setDisplay] = useState(DEFAULT_DISPLAY);
  useEffect(() => {
    void readDisplay(browser.storage.local).then(setDisplay);
    const onChange = (changes: Record<string, unknown>) => {
      if (DISPLAY_KEY in changes) void readDisplay(browser.storage.local).then(setDisplay);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return [display, setDisplay];
}
