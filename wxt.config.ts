import preact from '@preact/preset-vite';
import countries from 'world-countries';
import { defineConfig } from 'wxt';
import { PAGE_MATCHES } from './lib/page-matches';

// world-countries is 1.4 MB of JSON; the comparison lexicon reads only names, demonyms and capitals,
// so the bundle gets just those fields.
function compactCountries() {
  const id = '\0world-countries-compact';
  return {
    name: 'claimlens-compact-countries',
    enforce: 'pre' as const,
    resolveId: (source: string) => (source === 'world-countries' ? id : null),
    load(loaded: string) {
      if (loaded !== id) return null;
      const fields = countries.map((c) => ({
        cca3: c.cca3,
        name: { common: c.name.common, official: c.name.official },
        altSpellings: c.altSpellings,
        demonyms: { eng: c.demonyms?.eng },
        capital: c.capital,
      }));
      return `export default ${JSON.stringify(fields)};`;
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [compactCountries(), preact()] }),
  manifest: {
    name: 'ClaimLens',
    description: 'Highlights numeric and attributed claims in news articles; saves and compares them on your device.',
    permissions: ['storage', 'activeTab', 'contextMenus', 'downloads'],
    // The popup opens from the keyboard too (the browser lets the reader change the keys).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open the ClaimLens popup' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // The early setting reader is an unlisted script, so that it carries none of WXT's content script runtime
    // (and its polyfill); it is declared here as a content script at document_start.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: PAGE_MATCHES, js: ['early-setting.js'], run_at: 'document_start' },
      ];
    },
  },
  zip: { excludeSources: ['.scratch/**', 'coverage/**', 'screenshots/**', '.output/**'] },
});
