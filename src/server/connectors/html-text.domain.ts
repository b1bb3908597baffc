/**
 * HTML (a feed item's description, a Mastodon status) to the plain text that listening reads:
 * no tags, no scripts or styles, entities decoded, one line per block. Scans with indexOf instead
 * of lazy regular expressions so an unclosed `<script` in a large feed stays linear.
 */

const RAW_TEXT_ELEMENTS = ['script', 'style', 'template', 'noscript', 'iframe', 'svg', 'head'];
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|tr|table|section|article|header|footer|aside|figure|figcaption|hr|nav)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^>]*>|<![^>]*>|<\?[^>]*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

// The named entities that occur in real feeds and posts; an unknown name is left as written.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', zwj: '\u200d', zwnj: '\u200c',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', dagger: '†', Dagger: '‡', permil: '‰',
  iexcl: '¡', iquest: '¿', uml: '¨', acute: '´', cedil: '¸', ordf: 'ª', ordm: 'º', micro: 'µ', not: '¬',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', hearts: '♥', check: '✓', star: '☆',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß',
};

export function htmlToText(html: string): string {
  const withoutComments = removeBetween(html, '<!--', '-->');
  const withoutRaw = RAW_TEXT_ELEMENTS.reduce((text, name) => removeElement(text, name), withoutComments);
  const text = decodeEntities(withoutRaw.replace(BLOCK_TAG, '\n').replace(ANY_TAG, ''));
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const codePoint = Number.parseInt(decimal ?? hex ?? '', decimal !== undefined ? 10 : 16);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : '\ufffd';
  });
}

/** Removes every `open … close` span; an unclosed one runs to the end. */
function removeBetween(text: string, open: string, close: string): string {
  let out = '';
  let position = 0;
  for (;;) {
    const start = text.indexOf(open, position);
    if (start === -1) return out + text.slice(position);
    out += text.slice(position, start);
    const end = text.indexOf(close, start + open.length);
    if (end === -1) return out;
    position = end + close.length;
  }
}

/** Removes `<name …>…</name>` whatever the case of the tag; an unclosed one runs to the end. */
function removeElement(text: string, name: string): string {
  const lower = text.toLowerCase();
  if (!lower.includes(`<${name}`)) return text;
  let out = '';
  let position = 0;
  for (;;) {
    const start = findTagStart(lower, `<${name}`, position);
    if (start === -1) return out + text.slice(position);
    out += text.slice(position, start);
    const end = lower.indexOf(`</${name}`, start);
    if (end === -1) return out;
    const close = lower.indexOf('>', end);
    position = close === -1 ? text.length : close + 1;
  }
}

/** `<svg` but not `<svgfoo`: the character after the name must end it. */
function findTagStart(lower: string, prefix: string, from: number): number {
  let index = lower.indexOf(prefix, from);
  while (index !== -1 && /[a-z0-9-]/.test(lower.charAt(index + prefix.length))) {
    index = lower.indexOf(prefix, index + 1);
  }
  return index;
}
