import { JSDOM, VirtualConsole } from 'jsdom';

// Browsers parse <noscript> with scripting on: what it holds is raw text up to </noscript>, never markup
// (an unclosed <p> in it closes nothing outside). jsdom parses it that way only when it runs the page's
// scripts, which a saved page's must never be: its content, unused by the article reader, goes first.
const NOSCRIPT = /<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>/gi;

/**
 * Parses a saved page as a browser builds its document: jsdom parses with parse5, which follows the
 * HTML standard's tree construction (unclosed and misnested tags end up where Chromium puts them).
 * The parse is inert: scripts never run, nothing (frames, images, stylesheets) is loaded and no link
 * is resolved, so a bad one cannot fail it. The page's own CSS and script errors are not our output.
 */
export function parseHtml(html: string): Document {
  return new JSDOM(html.replace(NOSCRIPT, '<noscript></noscript>'), { virtualConsole: new VirtualConsole() }).window.document;
}
