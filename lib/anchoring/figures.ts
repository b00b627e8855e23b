/**
 * The figures of a passage, so that a candidate whose numbers differ from the
 * saved ones can be told apart from one whose words were edited: digits with
 * their separators ("3,000", "2.7", "9:30" is two) and number words.
 */
const NUMBER =
  /\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions)\b/gi;

/** A figure that changed between the saved text and the text found: "3,000" → "3,543". */
export interface FigureChange {
  old: string;
  new: string;
}

/** The figures as written ("Eight", "3,000"). */
export function figures(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((m) => m[0]);
}

const same = (a: string | undefined, b: string | undefined) => a?.toLowerCase() === b?.toLowerCase();

/** The text with every figure replaced by "#": what must still match when only figures were updated. */
export function maskFigures(text: string): string {
  return text.replace(NUMBER, '#');
}

/**
 * The figures that differ, in order: pairs when both texts have as many
 * figures, else one change of all the old figures to all the new ones.
 */
export function figureChanges(saved: string, found: string): FigureChange[] {
  const before = figures(saved);
  const after = figures(found);
  if (before.length !== after.length) {
    return same(before.join(' '), after.join(' ')) ? [] : [{ old: before.join(', '), new: after.join(', ') }];
  }
  return before.flatMap((old, i) => (same(old, after[i]) ? [] : [{ old, new: after[i] as string }]));
}
