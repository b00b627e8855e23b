import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabsProps<T extends string> {
  label: string;
  views: Array<[T, string]>;
  current: T;
  onChange: (view: T) => void;
}

const NEXT: Record<string, (at: number, n: number) => number> = {
  ArrowRight: (at, n) => (at + 1) % n,
  ArrowLeft: (at, n) => (at - 1 + n) % n,
  Home: () => 0,
  End: (_at, n) => n - 1,
};

/** Views as tabs, the WAI-ARIA way: one tab stop, arrow keys (and Home, End) move and switch. */
export function Tabs<T extends string>({ label, views, current, onChange }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const move = NEXT[e.key];
    if (!move) return;
    e.preventDefault();
    const at = views.findIndex(([v]) => v === current);
    const [next] = views[move(at, views.length)] ?? views[0] ?? [];
    if (next === undefined) return;
    onChange(next);
    list.current?.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {views.map(([v, name]) => (
        <button
          type="button"
          role="tab"
          key={v}
          id={`tab-${v}`}
          aria-selected={v === current}
          aria-controls={`panel-${v}`}
          tabIndex={v === current ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

/** The panel of the current tab. */
export function TabPanel({ view, children }: { view: string; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
      {children}
    </div>
  );
}
