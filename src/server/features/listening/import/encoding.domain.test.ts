import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { createImportDecoder } from './encoding-decoder.domain.ts';
import { detectEncoding, type ImportEncoding, parseEncodingName } from './encoding-detect.domain.ts';
import { ImportFailure } from './import-problems.domain.ts';

const THAI = ['ร้านกาแฟนี้อร่อยมาก บริการดี', 'ส่งของช้ามาก ไม่ประทับใจเลย', 'แนะนำเลยค่ะ ราคาถูกและของแท้', 'วันนี้ไปเที่ยวเชียงใหม่กับครอบครัว'];
const HANT = ['今天去了這家店，客服態度很好', '出貨太慢了，不會再買了', '真的很推薦，價格便宜又好用', '有人用過嗎？包裝很漂亮'];
const HANS = ['今天去了这家店，客服态度很好', '发货太慢了，不会再买了', '真的很推荐，价格便宜又好用', '有人用过吗？包装很漂亮'];

function csv(posts: readonly string[], rows: number): string {
  const lines = ['id,text,author,likes'];
  for (let i = 0; i < rows; i++) lines.push(`${i},"${posts[i % posts.length]} ${i}",user${i},${i * 3}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Decodes with the streaming decoder, `size` bytes at a time: 1 splits every multibyte character. */
function decodeInChunks(bytes: Uint8Array, size: number, encoding?: ImportEncoding): { text: string; detected: string | undefined } {
  const decoder = createImportDecoder({ encoding, sniffBytes: 4096 });
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
  text += decoder.end();
  return { text, detected: decoder.detection?.encoding };
}

const cases: [string, string, ImportEncoding, { addBOM?: boolean }][] = [
  ['Thai as windows-874 (TIS-620)', csv(THAI, 200), 'windows-874', {}],
  ['Traditional Chinese as Big5', csv(HANT, 200), 'big5', {}],
  ['Simplified Chinese as GB18030', csv(HANS, 200), 'gb18030', {}],
  ['mixed text as UTF-8 without BOM', csv([...THAI, ...HANT, '🔥🔥🔥'], 200), 'utf-8', {}],
  ['mixed text as UTF-8 with BOM', csv([...THAI, ...HANS], 200), 'utf-8', { addBOM: true }],
  ['UTF-16LE with BOM', csv([...THAI, ...HANT], 200), 'utf-16le', { addBOM: true }],
  ['UTF-16LE without BOM', csv([...THAI, ...HANT], 200), 'utf-16le', {}],
  ['UTF-16BE with BOM', csv(HANS, 50), 'utf-16be', { addBOM: true }],
];

for (const [name, text, encoding, encodeOptions] of cases) {
  test(`detects and decodes ${name}, also fed one byte at a time`, () => {
    const bytes = iconv.encode(text, encoding, encodeOptions);
    const detected = detectEncoding(bytes.subarray(0, 64 * 1024));
    assert.equal(detected.encoding, encoding);
    assert.equal(detected.bom, Boolean(encodeOptions.addBOM));
    assert.ok(detected.confidence >= 0.6, `confidence ${detected.confidence}`);
    for (const size of [1, 3, 1000]) {
      const decoded = decodeInChunks(bytes, size);
      assert.equal(decoded.detected, encoding);
      assert.ok(decoded.text === text, `chunk ${size}: decoded text differs from the original`);
    }
  });
}

test('a file that is ASCII for its first 64 KB is detected again where its first non-ASCII byte appears', () => {
  const english = ['id,text', ...Array.from({ length: 3000 }, (_, i) => `${i},plain english post ${i}`)].join('\r\n');
  const text = `${english}\r\n${csv(HANT, 100)}`;
  const bytes = iconv.encode(text, 'big5');
  assert.equal(detectEncoding(bytes.subarray(0, 4096)).asciiOnly, true);
  const decoded = decodeInChunks(bytes, 7);
  assert.equal(decoded.detected, 'big5');
  assert.ok(decoded.text === text, 'decoded text differs from the original');
});

test('an explicit encoding skips detection; names are read the way people write them', () => {
  const bytes = iconv.encode('สวัสดี', 'windows-874');
  assert.deepEqual(decodeInChunks(bytes, 1, 'windows-874'), { text: 'สวัสดี', detected: 'windows-874' });
  assert.equal(parseEncodingName('TIS-620'), 'windows-874');
  assert.equal(parseEncodingName('GBK'), 'gb18030');
  assert.equal(parseEncodingName('UTF8'), 'utf-8');
  assert.equal(parseEncodingName('Big5-HKSCS'), 'big5');
  assert.equal(parseEncodingName('latin-1'), null);
});

test('bytes that look like no supported encoding stop with encoding_undetected instead of a guess', () => {
  const noise = Uint8Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
  assert.throws(
    () => decodeInChunks(noise, 512),
    (error) => error instanceof ImportFailure && error.code === 'encoding_undetected' && error.message.includes('choose it explicitly'),
  );
});

test('a UTF-8 file with one stray broken byte is still read as UTF-8', () => {
  const good = Buffer.from(csv([...THAI, ...HANT], 100), 'utf8');
  const damaged = Buffer.concat([good.subarray(0, 500), Buffer.from([0xff]), good.subarray(500)]);
  const detected = detectEncoding(damaged);
  assert.equal(detected.encoding, 'utf-8');
  assert.ok(detected.confidence < 1);
});
