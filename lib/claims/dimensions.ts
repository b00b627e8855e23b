import { adjacent, type Token } from './tokens';

/**
 * A size written as one figure, "W x H": a screen's resolution, a room's floor. The tokenizer cuts the ways news
 * writes it differently, so each form is read here from its tokens:
 *   "2880x1800"       2880 | x1800                 (compare-dev d45)
 *   "1,440x900"       1,440 | x900                 (CNET, 2013)
 *   "1,366 x768"      1,366 | x768                 (CNET, 2013)
 *   "2048 x 1536"     2048 | x | 1536              (Stuff, 2013)
 *   "1440×900"        1440 | × | 900               (Stuff, 2013)
 *   "1,680x1,050"     1,680 | x1 | , | 050         (CNET, 2013)
 *   "2,560-by-1,440"  2,560 | - | by-1 | , | 440   (CNET, 2013)
 * ("2,880 by 1,800 pixels", with spaces, stays two figures: firstDimension in quantity-rules.ts.)
 */
export interface Side {
  value: number;
  /** Index after the side's last token. */
  end: number;
}

/** The second side of a size whose first figure ends before tokens[at]; null when none follows. */
export function secondSide(tokens: Token[], at: number): Side | null {
  const t = tokens[at];
  if (t === undefined || !nearby(tokens[at - 1], t)) return null;
  const glued = /^x([1-9]\d*)$/.exec(t.lower);
  if (glued) return withThousands(tokens, glued[1] as string, at + 1);
  if (t.lower === 'x' || t.text === '×') {
    const n = tokens[at + 1];
    return n?.kind === 'number' && nearby(t, n) && /^[1-9][\d,]*$/.test(n.text) ? side(n.text, at + 2) : null;
  }
  // "2,560-by-1,440": the hyphen, then "by-1" as one word.
  const by = t.text === '-' && adjacent(tokens[at - 1], t) ? tokens[at + 1] : undefined;
  const hyphenated = by && adjacent(t, by) ? /^by-([1-9]\d*)$/.exec(by.lower) : null;
  return hyphenated ? withThousands(tokens, hyphenated[1] as string, at + 2) : null;
}

/** "x1" + "," + "050": digits glued to a word, continued by comma groups. */
function withThousands(tokens: Token[], digits: string, at: number): Side {
  let [text, end] = [digits, at];
  while (tokens[end]?.text === ',' && /^\d{3}$/.test(tokens[end + 1]?.text ?? '') && glued(tokens, end)) {
    text += tokens[end + 1]?.text;
    end += 2;
  }
  return side(text, end);
}

const side = (text: string, end: number): Side => ({ value: Number(text.replace(/,/g, '')), end });
const glued = (tokens: Token[], comma: number) =>
  adjacent(tokens[comma - 1], tokens[comma]) && adjacent(tokens[comma], tokens[comma + 1]);
/** Adjacent or one space apart. */
const nearby = (a: Token | undefined, b: Token) => a !== undefined && b.start - a.end <= 1;
