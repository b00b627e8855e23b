import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationItem } from '@/components/AnnotationItem';
import { ExportButton } from '@/components/ExportImport';
import { Compared } from '@/components/Compared';
import { PageStatus } from '@/components/PageStatus';
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

/** The popup: this page's claims and saved annotations, everything saved, and the per-site switch. */
export function App() {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [view, setView] = useState<'page' | 'compare' | 'saved'>('page');
  const [enabled, setEnabled] = useState(true);
  const [undo, setUndo] = useState<Annotation | null>(null);

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

  return (
    <main>
      <header>
        <h1>ClaimLens</h1>
        <nav role="tablist" aria-label="Views">
          <button type="button" role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>
            This page
          </button>
          <button type="button" role="tab" aria-selected={view === 'compare'} onClick={() => setView('compare')}>
            Compare
          </button>
          <button type="button" role="tab" aria-selected={view === 'saved'} onClick={() => setView('saved')}>
            Saved
          </button>
        </nav>
      </header>
      {tab && (
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
      )}
      {view === 'page' && tab?.claims && (
        <PageStatus tabId={tab.id} status={tab.claims.status} onRead={(claims) => setTab({ ...tab, claims })} />
      )}
      {view === 'page' && <ThisPage tab={tab} onChanged={notifyPage} onDelete={remove} onUpdate={update} />}
      {view === 'compare' && <Compare tab={tab} />}
      {view === 'saved' && <Saved onDelete={remove} onUpdate={update} />}
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
      <p>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
          Open the library
        </a>
      </p>
      <p class="hint">Hover a highlight for details · Alt+Shift+↓/↑ steps through claims · Alt+Shift+S saves a selection</p>
    </main>
  );
}

interface ListProps {
  onDelete: (a: Annotation) => void;
  onUpdate: (a: Annotation, changes: { note?: string; tags?: string[] }) => void;
}

function ThisPage({
  tab,
  onChanged,
  onDelete,
  onUpdate,
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
            <button type="button" disabled={savedTexts.has(claim.text)} onClick={() => void save(i)}>
              {savedTexts.has(claim.text) ? 'Saved' : 'Save'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** This page's figures against the reader's saved ones: agreeing, differing or related, with sources and dates. */
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
  return (
    <section aria-label="Compare with saved claims">
      {figures.length === 0 ? (
        <p class="empty">
          None of this page’s figures counts the same thing as a figure you saved. Save figures from articles you read, and
          ClaimLens will show here when another source reports them differently.
        </p>
      ) : (
        <Compared figures={figures} />
      )}
    </section>
  );
}

// Saved annotations listed at once in the popup: the newest; a search or the library finds the rest.
const SHOWN = 50;

function Saved({ onDelete, onUpdate }: ListProps) {
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const tags = useLiveQuery(() => db.annotations.orderBy('tags').uniqueKeys() as Promise<string[]>, []);
  const pages = useLiveQuery(async () => new Map((await db.pages.toArray()).map((p) => [p.id, p])), []);
  const found = useLiveQuery(() => searchAnnotations(db, { text, tag: tag || undefined, limit: SHOWN }), [text, tag]);
  return (
    <section aria-label="Saved annotations">
      <div class="search">
        <input
          type="search"
          aria-label="Search saved annotations"
          placeholder="Search text, speaker, tag, site"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <select aria-label="Filter by tag" value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
          <option value="">All tags</option>
          {(tags ?? []).map((t) => (
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
