/**
 * What a body is before we try to parse it as a feed: the name of its first element, skipping the
 * byte-order mark, the XML declaration, comments and the DOCTYPE (whose name also counts:
 * `<!DOCTYPE html>` is a web page whatever follows).
 */
export function rootElementName(text: string): string | null {
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (position < text.length && /\s/.test(text.charAt(position))) position++;
    if (text.startsWith('<?', position)) {
      position = skipPast(text, '?>', position);
    } else if (text.startsWith('<!--', position)) {
      position = skipPast(text, '-->', position);
    } else if (/^<!doctype\s+html\b/i.test(text.slice(position, position + 20))) {
      return 'html';
    } else if (text.startsWith('<!', position)) {
      position = skipDoctype(text, position);
    } else {
      const match = /^<([A-Za-z_][\w.-]*(?::[\w.-]+)?)/.exec(text.slice(position, position + 200));
      return match ? match[1]! : null;
    }
    if (position === -1) return null;
  }
}

/** The local name, lower case: `rdf:RDF` → `rdf`, `html` → `html`. */
export function localName(name: string): string {
  return (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name).toLowerCase();
}

/**
 * A page that advertises its feed (`<link rel="alternate" type="application/rss+xml" href=…>`):
 * the address people meant to give us. Resolved against the page's own address.
 */
export function advertisedFeedUrl(html: string, pageUrl: string): string | null {
  const head = html.slice(0, 262_144);
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const type = attribute(tag, 'type')?.toLowerCase() ?? '';
    const href = attribute(tag, 'href');
    if (!href || !rel.includes('alternate') || !/^application\/(rss|atom|rdf)\+xml$/.test(type)) continue;
    try {
      return new URL(href.replaceAll('&amp;', '&'), pageUrl).toString();
    } catch {
      // A malformed href is no suggestion; look at the next link.
    }
  }
  return null;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function skipPast(text: string, end: string, from: number): number {
  const index = text.indexOf(end, from);
  return index === -1 ? -1 : index + end.length;
}

/** A DOCTYPE may carry an internal subset in brackets, whose declarations contain `>`. */
function skipDoctype(text: string, from: number): number {
  const bracket = text.indexOf('[', from);
  const close = text.indexOf('>', from);
  if (bracket !== -1 && (close === -1 || bracket < close)) {
    const subsetEnd = text.indexOf(']', bracket);
    return subsetEnd === -1 ? -1 : skipPast(text, '>', subsetEnd);
  }
  return close === -1 ? -1 : close + 1;
}
