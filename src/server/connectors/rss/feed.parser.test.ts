import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { charsetOf, decodeFeedBytes } from './feed-encoding.domain.ts';
import { advertisedFeedUrl, rootElementName } from './feed-sniff.domain.ts';
import { type FeedParseResult, type ParsedFeed, parseFeed } from './feed.parser.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

function feedOf(result: FeedParseResult): ParsedFeed {
  assert.ok(result.ok, result.ok ? '' : `${result.problem}: ${result.detail}`);
  return result.feed;
}

test('RSS 2.0: guid, creator, CDATA content, RFC 822 dates, slash:comments, channel language', () => {
  const feed = feedOf(parseFeed(fixture('techwire-th.rss.xml').toString('utf8')));
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'TechWire ข่าวไอที');
  assert.equal(feed.link, 'https://techwire.example/');
  assert.equal(feed.items.length, 3);
  const [first, second, third] = feed.items;
  assert.equal(first!.id, 'https://techwire.example/?p=48213');
  assert.equal(first!.author, 'สมชาย ใจดี');
  assert.equal(first!.publishedAt, '2024-03-01T10:30:00.000Z');
  assert.equal(first!.comments, 12);
  assert.equal(first!.language, 'th-TH');
  assert.match(first!.body, /ค่าส่งแพงไปหน่อย/);
  assert.equal(second!.title, 'รีวิว Lazada 3.3 ลดจริงหรือไม่ & คุ้มไหม');
  assert.equal(second!.body, '<p>เราเทียบราคาสินค้า 50 รายการก่อนและระหว่างแคมเปญ 3.3 &amp; พบว่า...</p>');
  assert.equal(third!.author, 'กองบรรณาธิการ');
  assert.equal(third!.link, '/2024/02/20/line-man-commission/');
  assert.equal(third!.id, '/2024/02/20/line-man-commission/');
  assert.equal(third!.comments, null);
});

test('Atom: alternate links, published before updated, xml:lang per entry, xhtml content falls back to the summary', () => {
  const feed = feedOf(parseFeed(fixture('dev-notes-zh-tw.atom.xml').toString('utf8')));
  assert.equal(feed.format, 'atom');
  assert.equal(feed.link, 'https://notes.example.tw/');
  const [first, second] = feed.items;
  assert.deepEqual(
    { id: first!.id, link: first!.link, publishedAt: first!.publishedAt, author: first!.author, language: first!.language, bodyIsHtml: first!.bodyIsHtml },
    {
      id: 'tag:notes.example.tw,2024-03-02:/2024/03/shopee-checkout',
      link: 'https://notes.example.tw/2024/03/shopee-checkout',
      publishedAt: '2024-03-02T00:30:00.000Z',
      author: '陳怡君',
      language: 'zh-TW',
      bodyIsHtml: true,
    },
  );
  assert.equal(first!.title, '蝦皮購物結帳流程改版 &amp; 使用心得');
  assert.equal(second!.author, '林小明');
  assert.equal(second!.language, 'en');
  assert.equal(second!.publishedAt, '2024-02-20T12:00:00.000Z');
  assert.equal(second!.body, 'A short comparison of three payment SDKs & their docs.');
  assert.equal(second!.bodyIsHtml, false);
});

test('RSS 1.0 (RDF): items beside the channel, rdf:about as id, dc:date and dc:language', () => {
  const feed = feedOf(parseFeed(fixture('weekly-digest.rdf.xml').toString('utf8')));
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.language, 'zh-CN');
  assert.deepEqual(
    feed.items.map((item) => [item.id, item.author, item.publishedAt]),
    [['https://digest.example.com/2024/09', '王伟', '2024-03-01T12:00:00.000Z']],
  );
});

test('legacy encodings declared in the prolog: TIS-620 (with a Buddhist-era date) and Big5', () => {
  const thai = decodeFeedBytes(fixture('forum-tis620.rss.xml'), 'utf-8');
  assert.ok(thai.ok);
  assert.equal(thai.encoding, 'tis-620');
  const thaiItem = feedOf(parseFeed(thai.text)).items[0]!;
  assert.equal(thaiItem.title, 'ใครเคยสั่งของจาก Shopee แล้วได้ของไม่ตรงปกบ้างครับ');
  assert.equal(thaiItem.publishedAt, '2024-03-02T14:10:00.000Z');
  const big5 = decodeFeedBytes(fixture('forum-big5.rss.xml'), null);
  assert.ok(big5.ok);
  assert.equal(feedOf(parseFeed(big5.text)).items[0]!.title, '蝦皮出貨速度變快了嗎？');
});

test('encoding: a BOM wins, valid UTF-8 wins a disagreement, unknown encodings are reported', () => {
  const utf8 = Buffer.from('<?xml version="1.0" encoding="TIS-620"?><rss>ไทย</rss>', 'utf8');
  assert.equal(decodeFeedBytes(utf8, 'utf-8').ok && decodeFeedBytes(utf8, 'utf-8').encoding, 'utf-8');
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss/>')]);
  assert.deepEqual(decodeFeedBytes(bom, 'big5'), { ok: true, text: '<rss/>', encoding: 'utf-8' });
  assert.deepEqual(decodeFeedBytes(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><rss/>'), null), { ok: false, encoding: 'x-klingon' });
  assert.equal(charsetOf('application/rss+xml; charset="Big5"'), 'Big5');
  assert.equal(charsetOf('text/xml'), null);
});

test('web pages, broken XML and other XML are told apart', () => {
  const page = fixture('web-page.html').toString('utf8');
  assert.deepEqual(parseFeed(page), { ok: false, problem: 'web_page', detail: 'the document is HTML' });
  assert.equal(advertisedFeedUrl(page, 'https://techwire.example/news'), 'https://techwire.example/feed/?format=rss&lang=th');
  assert.equal(advertisedFeedUrl('<html><head></head></html>', 'https://a.example/'), null);
  const truncated = parseFeed(fixture('truncated.rss.xml').toString('utf8'));
  assert.equal(truncated.ok, false);
  assert.match(truncated.ok ? '' : truncated.detail, /line \d+, column \d+/);
  assert.deepEqual(parseFeed('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), {
    ok: false,
    problem: 'not_a_feed',
    detail: 'its root element is <svg>, not <rss>, <rdf:RDF> or <feed>',
  });
  assert.deepEqual(parseFeed('  '), { ok: false, problem: 'not_xml', detail: 'the answer is empty' });
  assert.deepEqual(parseFeed('{"items": []}'), { ok: false, problem: 'not_xml', detail: 'it does not start with an XML element' });
});

test('the root is found past the declaration, comments and a DOCTYPE with an internal subset', () => {
  assert.equal(rootElementName('\ufeff<?xml version="1.0"?>\n<!-- c --><!DOCTYPE rss [<!ENTITY a "b>">]>\n<rss version="2.0"/>'), 'rss');
  assert.equal(rootElementName('<!doctype HTML><p>x'), 'html');
  assert.equal(rootElementName('<rdf:RDF xmlns:rdf="x"/>'), 'rdf:RDF');
  assert.equal(rootElementName('<?xml never closed'), null);
});

test('entities declared in the feed are not expanded (no "billion laughs"), quickly', () => {
  const started = performance.now();
  const result = parseFeed(fixture('billion-laughs.xml').toString('utf8'));
  const elapsed = performance.now() - started;
  assert.equal(feedOf(result).items[0]!.title, '&lol9;');
  assert.ok(elapsed < 500, `${elapsed} ms`);
});
