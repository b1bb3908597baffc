import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zipEntries } from '../../test-support/zip-entries.ts';
import { pngImage } from '../workspace-logo/workspace-logo.fixtures.ts';
import { CHINESE_GOAL, outlineOf, thaiStrategy, THAI_GOAL } from './document-renders.fixtures.ts';
import { renderDocx } from './docx.render.ts';

test('the DOCX is a Word package whose document holds the Thai goal and the Chinese text', async () => {
  const files = zipEntries(await renderDocx(outlineOf(thaiStrategy()), null));
  for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']) assert.ok(files.has(part), part);
  const document = files.get('word/document.xml')?.toString('utf8') ?? '';
  assert.ok(document.includes(THAI_GOAL), 'Thai goal in word/document.xml');
  assert.ok(document.includes(CHINESE_GOAL), 'Chinese goal in word/document.xml');
  assert.match(document, /<w:t xml:space="preserve">1\. ทีมและความรับผิดชอบ \(RACI\)<\/w:t>/);
  assert.match(document, /<w:tblHeader\/>/);
});

test('every script has its font and language, so Word and LibreOffice pick Thai and Chinese glyphs', async () => {
  const styles = (locale: 'th' | 'zh-Hans') => renderDocx(outlineOf(thaiStrategy(), locale), null).then((docx) => zipEntries(docx).get('word/styles.xml')?.toString('utf8') ?? '');
  const th = await styles('th');
  assert.match(th, /<w:rFonts w:ascii="Arial" w:cs="Leelawadee UI" w:eastAsia="Microsoft JhengHei" w:hAnsi="Arial"\/>/);
  assert.match(th, /<w:lang w:val="en-GB" w:eastAsia="zh-TW" w:bidi="th-TH"\/>/);
  assert.match(await styles('zh-Hans'), /w:eastAsia="Microsoft YaHei"/);
});

test('the workspace logo is embedded as an image at the top, in proportion', async () => {
  const png = pngImage(1000, 250);
  const files = zipEntries(await renderDocx(outlineOf(thaiStrategy()), { mediaType: 'image/png', width: 1000, height: 250, data: png }));
  const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
  assert.equal(media.length, 1);
  assert.deepEqual(files.get(media[0] ?? ''), png);
  const document = files.get('word/document.xml')?.toString('utf8') ?? '';
  // 264 × 66 px at 96 dpi, in EMU (9525 per pixel).
  assert.match(document, /<wp:extent cx="2514600" cy="628650"\/>/);
  assert.ok(document.indexOf('<w:drawing>') < document.indexOf('กลยุทธ์โซเชียลมีเดีย'));
});
