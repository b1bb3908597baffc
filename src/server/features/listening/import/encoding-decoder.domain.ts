import iconv from 'iconv-lite';
import { detectEncoding, type EncodingDetection, type ImportEncoding, SNIFF_BYTES } from './encoding-detect.domain.ts';
import { ImportFailure } from './import-problems.domain.ts';

/*
 * Bytes in, text out, chunk by chunk. The first SNIFF_BYTES are held back to detect the encoding;
 * after that each chunk is decoded as it comes (iconv-lite keeps a multibyte character cut by a
 * chunk boundary until its last byte arrives). A file whose first 64 KB are plain ASCII (an English
 * header and English posts) has not shown its encoding yet: it is passed through as ASCII, which
 * every supported encoding but UTF-16 shares, and detection runs again on the 64 KB that follow the
 * first byte above 0x7F.
 */

export type ImportDecoder = {
  write(bytes: Uint8Array): string;
  end(): string;
  /** Known once SNIFF_BYTES have been seen or the input ended. */
  readonly detection: EncodingDetection | undefined;
};

export type DecoderOptions = {
  /** Skip detection; a matching BOM is still removed. */
  encoding?: ImportEncoding;
  /** Below this confidence the import stops with `encoding_undetected` instead of guessing. */
  minConfidence?: number;
  sniffBytes?: number;
};

type Low = { write(buffer: Buffer): string; end(): string | undefined };

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function firstHighByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

export function createImportDecoder(options: DecoderOptions = {}): ImportDecoder {
  const sniffBytes = options.sniffBytes ?? SNIFF_BYTES;
  const minConfidence = options.minConfidence ?? 0.3;
  let held: Buffer[] = [];
  let heldLength = 0;
  let mode: 'sniff' | 'ascii' | 'decode' = 'sniff';
  let low: Low | undefined;
  let detection: EncodingDetection | undefined;

  function decide(sample: Buffer): void {
    const found = detectEncoding(sample, options.encoding);
    if (!options.encoding && !found.asciiOnly && found.confidence < minConfidence) {
      throw new ImportFailure(
        'encoding_undetected',
        `Could not tell the file's encoding (best guess ${found.encoding}, confidence ${found.confidence}); choose it explicitly`,
        [{ path: 'encoding', message: `best guess ${found.encoding}` }],
      );
    }
    detection = found;
    if (found.asciiOnly) {
      mode = 'ascii';
      return;
    }
    mode = 'decode';
    low = iconv.getDecoder(found.encoding, { stripBOM: true }) as Low;
  }

  function release(final: boolean): string {
    const sample = Buffer.concat(held, heldLength);
    held = [];
    heldLength = 0;
    if (sample.length === 0 && final) return '';
    decide(sample);
    return final ? flush(sample) : pass(sample);
  }

  function hold(bytes: Buffer, final: boolean): string {
    held.push(bytes);
    heldLength += bytes.length;
    return heldLength >= sniffBytes || final ? release(final) : '';
  }

  function flush(bytes: Buffer): string {
    const text = pass(bytes);
    return mode === 'decode' && low ? text + (low.end() ?? '') : text;
  }

  function pass(bytes: Buffer): string {
    if (mode === 'decode') return low!.write(bytes);
    const high = firstHighByte(bytes);
    if (high === -1) return bytes.toString('latin1');
    // Everything before the first high byte is ASCII in every candidate; the rest decides again.
    mode = 'sniff';
    const head = bytes.toString('latin1', 0, high);
    return head + hold(bytes.subarray(high), false);
  }

  return {
    get detection() {
      return detection;
    },
    write(bytes) {
      const buffer = asBuffer(bytes);
      return mode === 'sniff' ? hold(buffer, false) : pass(buffer);
    },
    end() {
      if (mode === 'sniff') return release(true);
      return mode === 'decode' && low ? (low.end() ?? '') : '';
    },
  };
}
