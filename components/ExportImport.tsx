import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EXTENSIONS, type ExportFormat, type ExportScope, exportAnnotations, exportFileName } from '@/lib/exchange/export';
import { applyImport, type ImportPlan, planImport, readImport } from '@/lib/exchange/import';
import type { ClaimLensDatabase } from '@/lib/store/database';
import { repairLibrary } from '@/lib/store/repair';

const FORMATS: Array<[ExportFormat, string]> = [
  ['json', 'JSON (W3C Web Annotation)'],
  ['csv', 'CSV (spreadsheets)'],
  ['markdown', 'Markdown (notes)'],
];

/** Damaged records an export left out are repaired (dates fixed, the rest removed), and the reader told. */
async function repaired(db: ClaimLensDatabase, skipped: number): Promise<string> {
  const { fixed, removed } = await repairLibrary(db);
  return ` ${skipped} damaged left out; the library repaired ${fixed.length} (export again to include them) and removed ${removed.length}.`;
}

/**
 * Exports a scope's annotations as a download. The file is streamed into
 * Blob parts a batch at a time (the browser keeps large Blobs out of the
 * page's memory), with a progress bar.
 */
export function ExportButton({ db, scope, what }: { db: ClaimLensDatabase; scope: ExportScope; what: string }) {
  const [format, setFormat] = useState<ExportFormat>('json');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState('');
  const run = async () => {
    setMessage('');
    setProgress({ done: 0, total: 0 });
    try {
      const parts: Blob[] = [];
      let skipped = 0;
      const count = await exportAnnotations(
        db,
        format,
        scope,
        (chunk) => void parts.push(new Blob([chunk])),
        (done, total) => setProgress({ done, total }),
        new Date(),
        () => skipped++,
      );
      const url = URL.createObjectURL(new Blob(parts, { type: EXTENSIONS[format].type }));
      const filename = exportFileName(format);
      await browser.downloads.download({ url, filename, saveAs: false });
      // The download reads the Blob after this call returns; the address is freed once it surely has.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setMessage(`Exported ${count} annotations to ${filename}.${skipped > 0 ? await repaired(db, skipped) : ''}`);
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(null);
    }
  };
  return (
    <div class="export" role="group" aria-label={`Export ${what}`}>
      <select
        class="cl-input"
        aria-label="Export format"
        value={format}
        onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
      >
        {FORMATS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" class="cl-button" disabled={progress !== null} onClick={() => void run()}>
        Export {what}
      </button>
      {progress && <progress aria-label="Export progress" value={progress.done} max={progress.total || 1} />}
      {message && <span role="status">{message}</span>}
    </div>
  );
}

/** Imports a ClaimLens (or other W3C) JSON export: checks the whole file, previews it, then writes it in one go. */
export function ImportForm({ db }: { db: ClaimLensDatabase }) {
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const choose = async (file: File | undefined) => {
    setPlan(null);
    setMessage('');
    if (!file) return;
    setBusy(true);
    try {
      setPlan(await planImport(db, await readImport(file)));
    } catch (error) {
      setMessage(`Nothing imported: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      const written = await applyImport(db, plan);
      setMessage(`Imported ${written} annotations.`);
      setPlan(null);
    } catch (error) {
      setMessage(`Nothing imported: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="import" role="group" aria-label="Import annotations">
      <label>
        Import annotations (JSON){' '}
        <input
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          disabled={busy}
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </label>
      {plan && (
        <p class="preview" role="status">
          {plan.add.length} to add, {plan.update.length} to update, {plan.skip.length} already saved (skipped).{' '}
          <button
            type="button"
            class="cl-button primary"
            disabled={busy || plan.add.length + plan.update.length === 0}
            onClick={() => void apply()}
          >
            Import
          </button>{' '}
          <button type="button" class="cl-button" onClick={() => setPlan(null)}>
            Cancel
          </button>
        </p>
      )}
      {message && (
        <p role={message.startsWith('Nothing') ? 'alert' : 'status'} class={message.startsWith('Nothing') ? 'error' : ''}>
          {message}
        </p>
      )}
    </div>
  );
}
