/*
 * How much decoded text looks like real Thai. Windows-874 maps almost every high byte to some Thai
 * character, so Chinese bytes decoded as Thai still give Thai letters; what they do not give is
 * Thai spelling: vowel signs and tone marks sit on a consonant, a leading vowel comes before one,
 * and Thai words do not have Latin letters glued to them (Big5 and GBK trail bytes are often
 * 0x40–0x7E, which come out as Latin letters between "Thai" characters), nor the obsolete and
 * rare letters, Thai digits and signs that random bytes hit a quarter of the time.
 */

const CONSONANT = 1;
const ABOVE_BELOW = 2; // ั ิ ี ึ ื ุ ู ฺ: on a consonant
const MARK = 3; // ็ ่ ้ ๊ ๋ ์ ํ ๎: on a consonant or an above/below vowel
const LEADING = 4; // เ แ โ ใ ไ: before a consonant
const OTHER = 5;

function thaiClass(c: number): number {
  if (c < 0x0e01 || c > 0x0e5b) return 0;
  if (c <= 0x0e2e) return CONSONANT;
  if (c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a)) return ABOVE_BELOW;
  if (c >= 0x0e47 && c <= 0x0e4e) return MARK;
  if (c >= 0x0e40 && c <= 0x0e44) return LEADING;
  return OTHER;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// ฃ ฅ ฆ ฌ ฎ ฏ ฐ ฑ ฒ ฬ ฦ, ฯ ฺ ํ ๎, the Thai digits and ๏ ๚ ๛: under 1% of modern Thai writing.
const RARE = new Set([0x0e03, 0x0e05, 0x0e06, 0x0e0c, 0x0e0e, 0x0e0f, 0x0e10, 0x0e11, 0x0e12, 0x0e2c, 0x0e26, 0x0e2f, 0x0e3a, 0x0e4d, 0x0e4e]);
for (let c = 0x0e4f; c <= 0x0e5b; c++) RARE.add(c);

function wellPlaced(c: number, klass: number, previousClass: number): boolean {
  if (RARE.has(c)) return false;
  if (klass === ABOVE_BELOW) return previousClass === CONSONANT;
  if (klass === MARK) return previousClass === CONSONANT || previousClass === ABOVE_BELOW;
  return klass !== 0;
}

/** `score`: share of non-ASCII characters that are well-placed Thai; `volume`: how many there were. */
export function scoreThai(text: string): { score: number; volume: number } {
  let nonAscii = 0;
  let good = 0;
  let misplaced = 0;
  let previous = 0;
  let previousClass = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const klass = thaiClass(c);
    if (c >= 0x80) {
      nonAscii++;
      const glued = klass !== 0 && (isLatinLetter(previous) || isLatinLetter(text.charCodeAt(i + 1)));
      if (wellPlaced(c, klass, previousClass) && !glued) good++;
    }
    if (previousClass === LEADING && klass !== CONSONANT) misplaced++;
    previous = c;
    previousClass = klass;
  }
  return { score: nonAscii === 0 ? 0 : Math.max(0, good - misplaced) / nonAscii, volume: nonAscii };
}
