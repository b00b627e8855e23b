import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationItem } from '@/components/AnnotationItem';
import { Matches } from '@/components/Compared';
import { ExportButton } from '@/components/ExportImport';
import { Legend, useDisplay } from '@/components/Legend';
import { TabPanel, Tabs } from '@/components/Tabs';
import type { PageClaimsReply, TabMessage } from '@/lib/page-messages';
import { formatQuantity } from '@/lib/page/format';
import { isSiteEnabled, setSiteEnabled } from '@/lib/settings';
import {
  annotationsForPage,
  deleteAnnotation,
  restoreAnnotation,
  saveAnnotation,
  searchAnnotations,
  updateAnnotation,
} from '@/lib/store/annotations';
import { canonicalUrl, siteOf } from '@/lib/store/canonical-url';
import { compareWithSaved } from '@/lib/store/compare';
import { ClaimLensDatabase } from '@/lib/store/database';
import { useLiveQuery } from '@/lib/store/live';
import type { Annotation } from '@/lib/store/types';

const db = new ClaimLensDatabase();

type View = 'page' | 'compare' | 'saved';
const VIEWS: Array<[View, string]> = [
  ['page', 'This page'],
  ['compare', 'Compare'],
  ['saved', 'Saved'],
];

interface ActiveTab {
  id: number;
  site: string;
  claims: PageClaimsReply | null;
}

/** The tab the popup is about: the active one, or the one named by `?tab=` (when opened as a page). */
async function activeTab(): Promise<ActiveTab | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = named ? [await browser.tabs.get(named)] : await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const message: TabMessage = { claimlensTab: 'pageClaims' };
  const reply = (await browser.tabs.sendMessage(tab.id, message).catch(() => null)) as PageClaimsReply | null;
  const claims = reply && 'meta' in reply ? reply : null;
  // The content script knows its address; without it, the tab's (granted when the reader opens the popup).
  const url = claims?.meta.url ?? tab.url;
  if (!url || !/^https?:/.test(url)) return null;
  return { id: tab.id, site: new URL(url).hostname, claims };
}

/** The popup: this page's claims and saved annotations, the comparison, everything saved, and the per-site switch. */
export function App() {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [view, setView] = useState<View>('page');
  const [enabled, setEnabled] = useState(true);
  const [undo, setUndo] = useState<Annotation | null>(null);
  const [display] = useDisplay();
  const ownTags = useLiveQuery(() => db.annotations.orderBy('tags').uniqueKeys() as Promise<string[]>, []) ?? [];

  useEffect(() => {
    void activeTab().then(async (t) => {
      setTab(t);
      if (t) setEnabled(await isSiteEnabled(t.site, browser.storage.local));
    });
  }, []);

  const notifyPage = () => {
    const message: TabMessage = { claimlensTab: 'savedChanged' };
    if (tab) void browser.tabs.sendMessage(tab.id, message).catch(() => {});
  };
  const remove = async (a: Annotation) => {
    const deleted = await deleteAnnotation(db, a.id);
    if (deleted) setUndo(deleted);
    notifyPage();
  };
  const update = async (a: Annotation, changes: { note?: string; tags?: string[] }) => {
    await updateAnnotation(db, a.id, changes);
  };
  const list = { onDelete: remove, onUpdate: update, ownTags };

  return (
    <main>
      <header>
        <h1>ClaimLens</h1>
        <Tabs label="Views" views={VIEWS} current={view} onChange={setView} />
      </header>
      {tab && (
        <div class="page-bar">
          <label class="switch">
            <input
              type="checkbox"
              checked={enabled}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setEnabled(on);
                void setSiteEnabled(tab.site, on, browser.storage.local);
              }}
            />
            Highlight claims on <strong>{tab.site}</strong>
          </label>
          {enabled && <Legend display={display} />}
        </div>
      )}
      <TabPanel view={view}>
        {view === 'page' && <ThisPage tab={tab} onChanged={notifyPage} {...list} />}
        {view === 'compare' && <Compare tab={tab} />}
        {view === 'saved' && <Saved {...list} />}
      </TabPanel>
      {undo && (
        <div class="toast" role="status">
          Deleted.{' '}
          <button
            type="button"
            onClick={() => {
              void restoreAnnotation(db, undo).then(notifyPage);
              setUndo(null);
            }}
          >
            Undo
          </button>
        </div>
      )}
      <footer>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
          Library
        </a>
        <a href={browser.runtime.getURL('/library.html#tracked')} target="_blank" rel="noreferrer">
          Tracked figures
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options and shortcuts
        </a>
      </footer>
      <p class="hint">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>↓</kbd> opens the next claim’s card · <kbd>?</kbd> in a card lists its keys ·{' '}
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> saves a selection
      </p>
    </main>
  );
}

interface ListProps {
  onDelete: (a: Annotation) => void;
  onUpdate: (a: Annotation, changes: { note?: string; tags?: string[] }) => void;
  ownTags: string[];
}

function ThisPage({
  tab,
  onChanged,
  onDelete,
  onUpdate,
  ownTags,
}: ListProps & { tab: ActiveTab | null | undefined; onChanged: () => void }) {
  const meta = tab?.claims?.meta;
  const pageId = meta ? canonicalUrl(meta.url, meta.canonical) : null;
  const saved = useLiveQuery(() => (pageId ? annotationsForPage(db, pageId) : Promise.resolve([])), [pageId]);
  if (tab === undefined) return <p>Reading the page…</p>;
  if (!tab || !tab.claims || !meta || !pageId) {
    return (
      <p class="empty">
        Open a news article: ClaimLens highlights its figures and quoted statements, and you can save them here.
      </p>
    );
  }
  const savedTexts = new Set((saved ?? []).map((a) => a.selectors[0].exact));
  const save = async (index: number) => {
    const listed = tab.claims?.claims[index];
    if (!listed) return;
    const page = {
      id: pageId,
      url: meta.url,
      title: meta.title,
      site: siteOf(new URL(pageId).hostname),
      byline: meta.byline,
      publishedAt: meta.publishedAt,
    };
    await saveAnnotation(db, page, {
      pageId,
      kind: 'claim',
      text: listed.claim.text,
      quantities: listed.claim.quantities,
      attributions: listed.claim.attributions,
      note: '',
      tags: [],
      selectors: listed.selectors,
      context: listed.context,
    });
    onChanged();
  };
  return (
    <section aria-label="This page">
      <h2>Saved here ({saved?.length ?? 0})</h2>
      {saved && saved.length > 0 ? (
        <ul class="annotations">
          {saved.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              orphaned={tab.claims?.orphans.includes(a.id)}
              ownTags={ownTags}
              onDelete={() => onDelete(a)}
              onUpdate={(c) => onUpdate(a, c)}
            />
          ))}
        </ul>
      ) : (
        <p class="empty">
          Nothing saved from this page yet: use Save below, on a highlight’s card, or select text and press Alt+Shift+S.
        </p>
      )}
      {saved && saved.length > 0 && <ExportButton db={db} scope={{ pageId }} what="this page" />}
      <h2>Claims on this page ({tab.claims.claims.length})</h2>
      <ul class="claims">
        {tab.claims.claims.map(({ claim }, i) => (
          <li key={claim.start}>
            <span class="claim-text">{claim.text.length > 160 ? `${claim.text.slice(0, 157)}…` : claim.text}</span>
            <span class="facts">
              {claim.quantities.map((q) => (
                <span class="figure" key={q.start}>
                  {formatQuantity(q)}
                </span>
              ))}
              {[...new Set(claim.attributions.map((a) => a.speaker))].map((s) => (
                <span class="speaker" key={s}>
                  {s}
                </span>
              ))}
            </span>
            <button type="button" class="cl-button" disabled={savedTexts.has(claim.text)} onClick={() => void save(i)}>
              {savedTexts.has(claim.text) ? 'Saved' : 'Save'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * This page's figures against the reader's saved ones: each figure of the
 * page, with the saved figures it matches beneath it (verdict, source,
 * speaker, date); choosing a figure shows it on the page.
 */
function Compare({ tab }: { tab: ActiveTab | null | undefined }) {
  const meta = tab?.claims?.meta;
  const listed = tab?.claims?.claims ?? [];
  const figures = useLiveQuery(async () => {
    if (!meta) return [];
    const passages = listed.map(({ claim, context }) => ({ ...claim, before: context }));
    return compareWithSaved(db, { id: canonicalUrl(meta.url, meta.canonical), publishedAt: meta.publishedAt }, passages);
  }, [tab]);
  if (!meta) return <p class="empty">Open a news article to compare its figures with the ones you saved.</p>;
  if (!figures) return null;
  if (figures.length === 0) {
    return (
      <p class="empty">
        None of this page’s figures counts the same thing as a figure you saved. Save figures from articles you read, and
        ClaimLens will show here when another source reports them differently.
      </p>
    );
  }
  const reveal = (start: number) => {
    const message: TabMessage = { claimlensTab: 'reveal', start };
    if (tab) void browser.tabs.sendMessage(tab.id, message).catch(() => {});
  };
  return (
    <section class="compared" aria-label="This page’s figures compared with saved ones">
      <ol class="compare-list">
        {figures.map((f) => {
          const claim = listed.find(({ claim: c }) => c.start <= f.start && f.end <= c.end)?.claim;
          const quantity = claim?.quantities.find((q) => q.start === f.start);
          return (
            <li key={f.start}>
              <button type="button" class="on-page" onClick={() => reveal(f.start)}>
                <span class="figure">{quantity ? formatQuantity(quantity) : f.topic}</span>{' '}
                <span class="topic-name">{f.topic}</span>
                {claim && <span class="excerpt">{excerpt(claim.text, 140)}</span>}
                <span class="cl-visually-hidden"> (show on the page)</span>
              </button>
              <Matches figure={f} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const excerpt = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

// Saved annotations listed at once in the popup: the newest; a search or the library finds the rest.
const SHOWN = 50;

function Saved({ onDelete, onUpdate, ownTags }: ListProps) {
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const pages = useLiveQuery(async () => new Map((await db.pages.toArray()).map((p) => [p.id, p])), []);
  const found = useLiveQuery(() => searchAnnotations(db, { text, tag: tag || undefined, limit: SHOWN }), [text, tag]);
  return (
    <section aria-label="Saved annotations">
      <div class="search">
        <input
          type="search"
          class="cl-input"
          aria-label="Search saved annotations"
          placeholder="Search text, speaker, tag, site"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <select class="cl-input" aria-label="Filter by tag" value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
          <option value="">All tags</option>
          {ownTags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <ExportButton
        db={db}
        scope={text || tag ? { search: { text, tag: tag || undefined } } : { all: true }}
        what={text || tag ? 'these' : 'everything'}
      />
      {found && found.length === 0 ? (
        <p class="empty">
          {text || tag ? 'Nothing saved matches.' : 'Nothing saved yet. Save a claim from its card on any news article.'}
        </p>
      ) : (
        <>
          <ul class="annotations">
            {(found ?? []).map((a) => (
              <AnnotationItem
                key={a.id}
                annotation={a}
                page={pages?.get(a.pageId)}
                ownTags={ownTags}
                onDelete={() => onDelete(a)}
                onUpdate={(c) => onUpdate(a, c)}
              />
            ))}
          </ul>
          {found?.length === SHOWN && (
            <p class="hint">Showing the newest {SHOWN}: search, or open the library, to find older ones.</p>
          )}
        </>
      )}
    </section>
  );
}
