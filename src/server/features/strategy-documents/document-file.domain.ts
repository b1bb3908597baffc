import type { DocumentFormat } from '../../../shared/api/strategy-documents.schemas.ts';
import type { OutlineSource } from './strategy-outline.domain.ts';

export const DOCUMENT_MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const sourceTag = (source: OutlineSource) => (source.kind === 'draft' ? `r${source.revision}` : `v${source.number}`);

function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
}

// Characters no file system takes in a name, and control characters.
const UNSAFE_IN_NAMES = /[\\/:*?"<>|\p{Cc}]/gu;

/**
 * Two names for the download: an ASCII one for old clients, and the real one in the workspace's
 * own script (`Baan Doi – กลยุทธ์โซเชียลมีเดีย v1.docx`) for every browser since 2012.
 */
export function documentFileNames(input: { workspaceName: string; title: string; source: OutlineSource; locale: string; format: DocumentFormat }) {
  const tag = sourceTag(input.source);
  const ascii = `${asciiSlug(input.workspaceName) || 'socialplan'}-strategy-${tag}-${input.locale.toLowerCase()}.${input.format}`;
  const base = `${input.workspaceName} – ${input.title} ${tag}`.replace(UNSAFE_IN_NAMES, ' ').replace(/\s+/g, ' ').trim();
  const unicode = `${[...base].slice(0, 120).join('').trim()}.${input.format}`;
  return { ascii, unicode };
}

/** RFC 6266 with an RFC 5987 `filename*`; encodeURIComponent leaves ' ( ) * as they are, 5987 does not. */
export function contentDisposition(names: { ascii: string; unicode: string }): string {
  const encoded = encodeURIComponent(names.unicode).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encoded}`;
}
