/** One keyboard shortcut: the keys, and what they do. The card's help, the popup, the options page and docs/ui.md list these. */
export interface Shortcut {
  keys: string[];
  what: string;
  /** Where it works: anywhere on an article, or while the card has focus. */
  where: 'page' | 'card' | 'popup';
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['Alt', 'Shift', '↓'], what: 'Next claim: opens its card and moves focus into it', where: 'page' },
  { keys: ['Alt', 'Shift', '↑'], what: 'Previous claim', where: 'page' },
  { keys: ['Alt', 'Shift', 'S'], what: 'Save the selected text', where: 'page' },
  { keys: ['S'], what: 'Save the claim (with the note and tags typed)', where: 'card' },
  { keys: ['N'], what: 'Write a note', where: 'card' },
  { keys: ['T'], what: 'Add tags (your own tags are suggested)', where: 'card' },
  { keys: ['Ctrl', 'Enter'], what: 'Save, from the note or tags field', where: 'card' },
  { keys: ['J'], what: 'Next claim', where: 'card' },
  { keys: ['K'], what: 'Previous claim', where: 'card' },
  { keys: ['L'], what: 'Open the library', where: 'card' },
  { keys: ['?'], what: 'Show or hide these shortcuts', where: 'card' },
  { keys: ['Tab'], what: 'Move between the card’s controls (focus stays in the card)', where: 'card' },
  { keys: ['Esc'], what: 'Close the card; focus goes back where it was', where: 'card' },
  { keys: ['← →'], what: 'Switch view (This page, Compare, Saved)', where: 'popup' },
];
