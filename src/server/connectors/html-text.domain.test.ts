import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities, htmlToText } from './html-text.domain.ts';

test('a Mastodon status: paragraphs become lines, links and hashtags keep their text', () => {
  const html =
    '<p>รีวิว <a href="https://mastodon.social/tags/shopee" class="mention hashtag" rel="tag">#<span>shopee</span></a> ส่งไวมาก</p>' +
    '<p>ลิงก์: <a href="https://example.com/a/very/long/path"><span class="invisible">https://</span><span class="ellipsis">example.com/a/very</span><span class="invisible">/long/path</span></a></p>';
  assert.equal(htmlToText(html), 'รีวิว #shopee ส่งไวมาก\nลิงก์: https://example.com/a/very/long/path');
});

test('scripts, styles, comments and unclosed raw elements leave nothing behind', () => {
  assert.equal(htmlToText('<style>p{color:red}</style><p>可見</p><!-- hidden --><SCRIPT type="x">alert(1)</SCRIPT>文字'), '可見\n文字');
  assert.equal(htmlToText('before<script>never closed <p>gone</p>'), 'before');
  assert.equal(htmlToText('<svgx>kept</svgx><svg><text>drawn</text></svg>'), 'kept');
  assert.equal(htmlToText('a<!-- unclosed'), 'a');
});

test('entities: named, decimal, hex, unknown and invalid', () => {
  assert.equal(decodeEntities('Tom &amp; Jerry &hellip; &#3588;&#x0E38;&#x0E13; &bogus; &#0; &#xD800;'), 'Tom & Jerry … คุณ &bogus; \ufffd \ufffd');
  assert.equal(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;'), '<script>alert(1)</script>');
  assert.equal(htmlToText('a&nbsp;&nbsp;b'), 'a b');
});

test('whitespace collapses, blank lines go, block tags split lines', () => {
  assert.equal(htmlToText('  <div>one\n\n   two</div><br/><ul><li>three</li><li>four</li></ul>  '), 'one\ntwo\nthree\nfour');
  assert.equal(htmlToText('plain text, no tags'), 'plain text, no tags');
  assert.equal(htmlToText('a < b and c > d'), 'a < b and c > d');
  assert.equal(htmlToText(''), '');
});

test('stays fast on a large hostile input', () => {
  const hostile = '<script'.repeat(50_000) + '<!--'.repeat(50_000) + '<p>'.repeat(50_000);
  const started = performance.now();
  htmlToText(hostile);
  assert.ok(performance.now() - started < 1_000);
});
