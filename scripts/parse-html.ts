import { Window } from 'happy-dom';

// An inert parse: a saved page's scripts, frames and stylesheets are never loaded or run.
const settings = {
  disableJavaScriptFileLoading: true,
  disableJavaScriptEvaluation: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
};

export function parseHtml(html: string): Document {
  const window = new Window({ settings });
  // Frames would be "loaded" (and refused, noisily): they hold no article text, so they go first.
  window.document.write(html.replace(/<iframe\b[\s\S]*?(<\/iframe>|\/>)/gi, ''));
  return window.document as unknown as Document;
}
