import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'ClaimLens',
    description: 'Highlights numeric and attributed claims in news articles; saves and compares them on your device.',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  zip: { excludeSources: ['.scratch/**', 'coverage/**', 'screenshots/**', '.output/**'] },
});
