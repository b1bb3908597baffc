import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pngImage } from '../workspace-logo/workspace-logo.fixtures.ts';
import { outlineOf, thaiStrategy, THAI_GOAL } from './document-renders.fixtures.ts';
import { escapeHtml, renderHtml } from './html.render.ts';

test('a script in a persona name is text, not a script', () => {
  const strategy = thaiStrategy();
  strategy.audience.personas[0]!.name = '<script>alert("Fon")</script> & <img src=x onerror=alert(1)>';
  const html = renderHtml(outlineOf(strategy), null);
  assert.doesNotMatch(html, /<script|<img src=x|onerror=alert\(1\)>/i);
  assert.match(html, /<h3>&lt;script&gt;alert\(&quot;Fon&quot;\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(1\)&gt;<\/h3>/);
  assert.equal(escapeHtml(`"'<>&`), '&quot;&#39;&lt;&gt;&amp;');
});

test('the page prints on A4 in the document language with fonts for Thai and Chinese', () => {
  const html = renderHtml(outlineOf(thaiStrategy()), null);
  assert.match(html, /^<!doctype html>\n<html lang="th">/);
  assert.match(html, /@page \{ size: A4; margin: 18mm; \}/);
  assert.match(html, /font-family: "Noto Sans", .*"Noto Sans Thai", .*"Sarabun", .*"Noto Sans CJK TC", .*"Noto Sans CJK SC", .*system-ui, sans-serif;/);
  assert.ok(html.includes(THAI_GOAL));
  assert.match(html, /<title>บ้านดอย Coffee 咖啡 · กลยุทธ์โซเชียลมีเดีย<\/title>/);
  // Self-contained: nothing is fetched from anywhere when it is opened or printed.
  assert.doesNotMatch(html, /<script|<link|src="http|url\(/);
  assert.doesNotMatch(html, /<img/);
  const hans = renderHtml(outlineOf(thaiStrategy(), 'zh-Hans'), null);
  assert.match(hans, /<html lang="zh-Hans">/);
  assert.ok(hans.indexOf('"Noto Sans CJK SC"') < hans.indexOf('"Noto Sans CJK TC"'), 'Simplified glyphs first for zh-Hans');
});

test('the workspace logo sits at the top as a data URL', () => {
  const png = pngImage(300, 100);
  const html = renderHtml(outlineOf(thaiStrategy()), { mediaType: 'image/png', width: 300, height: 100, data: png });
  const img = html.match(/<img src="data:image\/png;base64,([A-Za-z0-9+/=]+)" alt="บ้านดอย Coffee 咖啡" width="300" height="100">/);
  assert.ok(img, 'logo image');
  assert.deepEqual(Buffer.from(img[1] ?? '', 'base64'), png);
  assert.ok(html.indexOf('<img') < html.indexOf('<h1>'));
});
