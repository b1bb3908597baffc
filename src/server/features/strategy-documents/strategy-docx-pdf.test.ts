import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { pngImage } from '../workspace-logo/workspace-logo.fixtures.ts';
import { CHINESE_GOAL, outlineOf, thaiStrategy, THAI_GOAL } from './document-renders.fixtures.ts';
import { renderDocx } from './docx.render.ts';

const CONVERT_TIMEOUT_MS = 120_000;

const available = (command: string) => !spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 60_000 }).error;

/**
 * Text from a PDF as comparable as its source. pdftotext breaks lines, puts spaces between a Thai
 * consonant and a following vowel or tone mark where the font positions them apart, and may emit
 * zero-width characters; none of these are in the document, so all are removed from both sides.
 */
export function comparable(text: string): string {
  return text.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
}

test('LibreOffice turns the DOCX into a PDF whose text holds the Thai goal and the Chinese text', async (t) => {
  const missing = ['libreoffice', 'pdftotext'].filter((command) => !available(command));
  if (missing.length > 0) {
    const message = `${missing.join(' and ')} not installed (Debian: libreoffice-writer-nogui fonts-thai-tlwg fonts-noto-cjk poppler-utils; .ci/run installs them)`;
    // CI must really convert; a developer machine without LibreOffice skips with the reason.
    if (process.env.CI) assert.fail(message);
    t.skip(message);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'socialplan-docx-pdf-'));
  try {
    const docx = path.join(dir, 'strategy.docx');
    writeFileSync(docx, await renderDocx(outlineOf(thaiStrategy()), { mediaType: 'image/png', width: 240, height: 80, data: pngImage(240, 80) }));
    // A private profile: a user's running LibreOffice or a half-written profile cannot interfere.
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const convert = spawnSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      encoding: 'utf8',
      timeout: CONVERT_TIMEOUT_MS,
    });
    assert.equal(convert.error, undefined, `libreoffice did not finish: ${convert.error?.message}`);
    assert.equal(convert.status, 0, `libreoffice failed: ${convert.stderr}`);
    const pdf = path.join(dir, 'strategy.pdf');
    assert.match(readFileSync(pdf).subarray(0, 5).toString('latin1'), /^%PDF-/);

    const extract = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(extract.status, 0, `pdftotext failed: ${extract.stderr}`);
    const text = comparable(extract.stdout);
    assert.ok(text.includes(comparable(THAI_GOAL)), `the PDF text lacks the Thai goal; it begins: ${extract.stdout.slice(0, 400)}`);
    assert.ok(text.includes(comparable(CHINESE_GOAL)), 'the PDF text lacks the Chinese goal');
    assert.ok(text.includes(comparable('กลยุทธ์โซเชียลมีเดีย')), 'the PDF text lacks the Thai title');

    // Text can be extracted even from boxes drawn for missing glyphs: check real fonts set it.
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(fonts.status, 0, `pdffonts failed: ${fonts.stderr}`);
    assert.match(fonts.stdout, /Loma|Garuda|Kinnari|Norasi|Laksaman|Sawasdee|Waree|Umpush|Thai/, 'no Thai font in the PDF');
    assert.match(fonts.stdout, /CJK|Hei|Ming|Song|Kai/, 'no Chinese font in the PDF');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
