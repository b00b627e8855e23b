// Renders the real claim card, with its real styles, into an open shadow root, so that axe can read it
// (on a page the card lives in a closed one). Bundled by card-harness.ts.
import { render } from 'preact';
import { CARD_STYLES, ClaimCard } from '@/components/ClaimCard';
import { extractClaims } from '@/lib/claims/extract';

const article = (window as unknown as { ARTICLE: string }).ARTICLE;
const claim = extractClaims(article).claims.find((c) => c.quantities.length > 0 && c.attributions.length > 0);
if (!claim) throw new Error('no claim with a figure and a statement');
const host = document.createElement('div');
document.body.append(host);
const root = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = CARD_STYLES;
const mount = document.createElement('div');
root.append(style, mount);
render(
  <ClaimCard
    claim={claim}
    anchor={{ left: 24, top: 24, right: 320, bottom: 44 }}
    onClose={() => host.remove()}
    saved={false}
    onSave={() => Promise.resolve()}
    compared={[]}
    ownTags={['north korea', 'kursk', 'troops']}
    onStep={() => {}}
    onOpenLibrary={() => {}}
    focus
  />,
  mount,
);
