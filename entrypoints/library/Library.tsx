import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationItem } from '@/components/AnnotationItem';
import { ExportButton, ImportForm } from '@/components/ExportImport';
import { TabPanel, Tabs } from '@/components/Tabs';
import { TrackedChart } from '@/components/TrackedChart';
import { trackedFigures } from '@/lib/compare/tracked';
import { groupBy } from '@/lib/group-by';
import { deleteAnnotation, restoreAnnotation, searchAnnotations, updateAnnotation } from '@/lib/store/annotations';
import { anchorsOf, newestSavedFigures } from '@/lib/store/compare';
import { ClaimLensDatabase } from '@/lib/store/database';
import { useLiveQuery } from '@/lib/store/live';
import type { Annotation, Page } from '@/lib/store/types';

const db = new ClaimLensDatabase();

interface Group {
  site: string;
  pages: Array<{ page: Page | undefined; pageId: string; annotations: Annotation[] }>;
}

/** Groups annotations by site, then page, keeping the order in which they came (newest first). */
function group(annotations: Annotation[], pages: Map<string, Page>): Group[] {
  const sites = groupBy(annotations, (a) => pages.get(a.pageId)?.site ?? 'unknown site');
  return [...sites].map(([site, list]) => ({
    site,
    pages: [...groupBy(list, (a) => a.pageId)].map(([pageId, byPage]) => ({
      pageId,
      page: pages.get(pageId),
      annotations: byPage,
    })),
  }));
}

// Annotations shown at first, and added by each "Show more".
const PAGE_SIZE = 300;

// Saved figures read for the tracked view, newest first: enough to follow many stories, bounded at any store size.
const TRACKED_LIMIT = 5_000;

/** Groups of saved figures that count the same quantity, each as a timeline by publish date and source. */
function Tracked() {
  // With how each figure's annotation was last found: an updated figure's new value joins its timeline.
  const read = useLiveQuery(async () => {
    const figures = await newestSavedFigures(db, TRACKED_LIMIT);
    return { figures, anchors: await anchorsOf(db, figures) };
  }, []);
  if (!read) return null;
  const tracked = trackedFigures(read.figures, read.anchors);
  if (tracked.length === 0) {
    return (
      <p class="empty">
        No tracked figures yet. When you save figures for the same quantity from two articles (say, troop numbers reported by two
        outlets), they appear here as a timeline.
      </p>
    );
  }
  return (
    <section aria-label="Tracked figures">
      {tracked.map((t) => (
        <TrackedChart key={t.topic} figure={t} />
      ))}
    </section>
  );
}

type View = 'saved' | 'tracked';
const VIEWS: Array<[View, string]> = [
  ['saved', 'Saved'],
  ['tracked', 'Tracked figures'],
];

/** What the address asks for: `#tracked`, or `#q=words` (a search in the saved view, from a card's "Library"). */
export function fromHash(hash: string): { view: View; search: string | null } {
  if (hash === '#tracked') return { view: 'tracked', search: null };
  const q = /^#q=(.*)$/.exec(hash)?.[1];
  return { view: 'saved', search: q === undefined ? null : decodeURIComponent(q) };
}

/** The full-page library: everything saved, grouped by site and page, searchable and editable; and tracked figures. */
export function Library() {
  const [view, setView] = useState<View>(fromHash(location.hash).view);
  const [text, setText] = useState(fromHash(location.hash).search ?? '');
  const [undo, setUndo] = useState<Annotation | null>(null);
  const pages = useLiveQuery(async () => new Map((await db.pages.toArray()).map((p) => [p.id, p])), []);
  const ownTags = useLiveQuery(() => db.annotations.orderBy('tags').uniqueKeys() as Promise<string[]>, []) ?? [];
  const [shown, setShown] = useState(PAGE_SIZE);
  const found = useLiveQuery(() => searchAnnotations(db, { text, limit: shown }), [text, shown]);
  const groups = found && pages ? group(found, pages) : [];
  // A link to library.html#tracked (or #q=...) followed in a tab where the library is open already.
  useEffect(() => {
    const onHash = () => {
      const asked = fromHash(location.hash);
      setView(asked.view);
      if (asked.search !== null) setText(asked.search);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const choose = (next: View) => {
    setView(next);
    history.replaceState(null, '', next === 'tracked' ? '#tracked' : location.pathname);
  };
  return (
    <main>
      <header>
        <h1>ClaimLens library</h1>
        <a href={browser.runtime.getURL('/options.html')}>Options and shortcuts</a>
      </header>
      <div class="exchange">
        <ExportButton db={db} scope={text ? { search: { text } } : { all: true }} what={text ? 'this search' : 'everything'} />
        <ImportForm db={db} />
      </div>
      <Tabs label="Views" views={VIEWS} current={view} onChange={choose} />
      <TabPanel view={view}>
        {view === 'tracked' ? (
          <Tracked />
        ) : (
          <>
            <input
              type="search"
              class="cl-input"
              aria-label="Search the library"
              placeholder="Search text, speaker, tag, site"
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            {found && found.length === 0 && (
              <p class="empty">
                {text ? 'Nothing saved matches.' : 'Nothing saved yet: save claims from their cards on news articles.'}
              </p>
            )}
            {groups.map((g) => (
              <section key={g.site} aria-label={g.site}>
                <h2>{g.site}</h2>
                {g.pages.map(({ pageId, page, annotations }) => (
                  <article key={pageId}>
                    <h3>
                      <a href={page?.url ?? pageId} target="_blank" rel="noreferrer">
                        {page?.title || pageId}
                      </a>
                      {page?.publishedAt && <span class="date"> · {page.publishedAt.slice(0, 10)}</span>}
                    </h3>
                    <ul class="annotations">
                      {annotations.map((a) => (
                        <AnnotationItem
                          key={a.id}
                          annotation={a}
                          orphaned={a.anchor?.status === 'lost'}
                          updates={a.anchor?.changes}
                          ownTags={ownTags}
                          onUpdate={(changes) => void updateAnnotation(db, a.id, changes)}
                          onDelete={() => void deleteAnnotation(db, a.id).then((d) => d && setUndo(d))}
                        />
                      ))}
                    </ul>
                  </article>
                ))}
              </section>
            ))}
            {found?.length === shown && (
              <button type="button" class="cl-button more" onClick={() => setShown(shown + PAGE_SIZE)}>
                Show more
              </button>
            )}
          </>
        )}
      </TabPanel>
      {undo && (
        <div class="toast" role="status">
          Deleted.{' '}
          <button
            type="button"
            onClick={() => {
              void restoreAnnotation(db, undo);
              setUndo(null);
            }}
          >
            Undo
          </button>
        </div>
      )}
    </main>
  );
}
