import { ImportFailure, type ImportFailureDetail } from './import-problems.domain.ts';

/*
 * Which column of the file holds which field of a mention. The importer suggests a mapping from
 * the header names exports use in English, Thai and Chinese; the user corrects it; the mapping is
 * then checked before any row is read.
 */

export const MENTION_FIELDS = ['text', 'date', 'author', 'channel', 'url', 'reach', 'likes', 'shares', 'comments', 'id'] as const;
export type MentionField = (typeof MENTION_FIELDS)[number];

/** Field → column name as it appears in the file's header (or a dotted key path in JSON). */
export type ColumnMapping = Partial<Record<MentionField, string>>;

const SYNONYMS: Record<MentionField, readonly string[]> = {
  text: ['text', 'message', 'content', 'posttext', 'post', 'body', 'caption', 'description', 'mention', 'snippet', 'fulltext', 'tweet', 'status',
    'ข้อความ', 'เนื้อหา', 'โพสต์', 'ข้อความโพสต์', '內容', '内容', '文字', '貼文內容', '帖子内容', '正文', '訊息', '消息', '文本', '微博内容', '博文'],
  date: ['date', 'datetime', 'time', 'createdat', 'created', 'createdtime', 'publishedat', 'published', 'publishdate', 'postdate', 'posteddate', 'timestamp', 'pubdate',
    'วันที่', 'วันเวลา', 'เวลา', 'วันที่โพสต์', '日期', '時間', '时间', '發布時間', '发布时间', '發佈時間', '發文時間', '发帖时间', '建立時間', '创建时间'],
  author: ['author', 'user', 'username', 'name', 'screenname', 'handle', 'authorname', 'from', 'account', 'pagename', 'profile', 'writer',
    'ผู้เขียน', 'ผู้โพสต์', 'ชื่อผู้ใช้', 'ผู้ใช้', 'ชื่อ', '作者', '用戶', '用户', '用戶名', '用户名', '發文者', '发布者', '帳號', '账号', '博主', '暱稱', '昵称'],
  channel: ['channel', 'source', 'platform', 'network', 'site', 'media', 'mediatype', 'sourcetype', 'sourcename',
    'ช่องทาง', 'แหล่งที่มา', 'แพลตฟอร์ม', 'เครือข่าย', '來源', '来源', '平台', '平臺', '頻道', '渠道', '媒體', '媒体'],
  url: ['url', 'link', 'permalink', 'posturl', 'postlink', 'href', 'ลิงก์', 'ลิงค์', 'ยูอาร์แอล', '連結', '链接', '網址', '网址'],
  reach: ['reach', 'impressions', 'views', 'viewcount', 'audience', 'potentialreach', 'การเข้าถึง', 'ยอดเข้าถึง', 'ยอดวิว', 'การมองเห็น',
    '觸及', '触达', '觸及人數', '曝光', '曝光量', '瀏覽', '浏览量', '瀏覽數', '閱讀數', '阅读数'],
  likes: ['likes', 'like', 'likecount', 'reactions', 'favorites', 'favourites', 'favs', 'hearts', 'ถูกใจ', 'ไลก์', 'ไลค์', 'ยอดไลก์', 'ยอดไลค์',
    '讚', '赞', '按讚數', '點讚', '点赞', '点赞数', '讚數', '喜歡', '喜欢'],
  shares: ['shares', 'share', 'sharecount', 'retweets', 'reposts', 'reblogs', 'boosts', 'แชร์', 'การแชร์', 'ยอดแชร์',
    '分享', '分享數', '分享数', '轉發', '转发', '转发数', '轉發數', '轉推'],
  comments: ['comments', 'comment', 'commentcount', 'replies', 'reply', 'ความคิดเห็น', 'คอมเมนต์', 'คอมเมนท์', 'ยอดคอมเมนต์',
    '留言', '留言數', '評論', '评论', '评论数', '評論數', '回覆', '回复'],
  id: ['id', 'postid', 'mentionid', 'messageid', 'tweetid', 'externalid', 'uuid', 'guid', 'รหัส', 'ไอดี', 'รหัสโพสต์', '編號', '编号', '貼文id', '帖子id'],
};

/** "Post Text", "post_text", "Post-text (UTF-8)" and "ＰＯＳＴ　ＴＥＸＴ" are all "posttext". */
export function headerKey(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/\(.*?\)|[\s_\-.:#/()[\]]+/g, '');
}

const EXACT = new Map<string, MentionField>();
for (const field of MENTION_FIELDS) for (const synonym of SYNONYMS[field]) EXACT.set(headerKey(synonym), field);

type Pass = (key: string, synonym: string) => boolean;

// After exact names: the name at the end ("Post time", "貼文連結", "จำนวนแชร์"), then at the start
// ("Author ID", "วันที่โพสต์"), then anywhere. Short Latin words ("id", "post") are parts of too
// many other words to be matched inside one.
const isLatin = (synonym: string) => /^[a-z]+$/.test(synonym);
const PASSES: readonly Pass[] = [
  (key, s) => (!isLatin(s) || s.length >= 3) && key.endsWith(s),
  (key, s) => (!isLatin(s) || s.length >= 3) && key.startsWith(s),
  (key, s) => (!isLatin(s) || s.length >= 5) && key.includes(s),
];

/** Names for the header cells: trimmed, blanks named by position, repeats numbered. */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.trim() === '' ? `column ${index + 1}` : cell.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** A header per field where one fits: exact names first, then headers that contain a known name. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const take = (field: MentionField, header: string) => {
    mapping[field] = header;
    used.add(header);
  };
  for (const header of headers) {
    const field = EXACT.get(headerKey(header));
    if (field && !mapping[field]) take(field, header);
  }
  for (const pass of PASSES) {
    for (const field of MENTION_FIELDS) {
      if (mapping[field]) continue;
      const synonyms = SYNONYMS[field].map(headerKey);
      const header = headers.find((h) => !used.has(h) && synonyms.some((s) => pass(headerKey(h), s)));
      if (header) take(field, header);
    }
  }
  return mapping;
}

/**
 * Every problem with a mapping, as `{ path: "mapping.likes", message }`; an empty list means it can
 * be used. `headers` null: JSON, where a key may be missing from some records, so it is not checked.
 */
export function mappingProblems(mapping: Record<string, string | undefined>, headers: readonly string[] | null): ImportFailureDetail[] {
  const problems: ImportFailureDetail[] = [];
  const known = headers && new Set(headers);
  const usedBy = new Map<string, string>();
  if (!mapping.text) problems.push({ path: 'mapping.text', message: 'choose the column that holds the text of the mention' });
  for (const [field, column] of Object.entries(mapping)) {
    if (!(MENTION_FIELDS as readonly string[]).includes(field)) {
      problems.push({ path: `mapping.${field}`, message: `unknown field "${field}"; fields are ${MENTION_FIELDS.join(', ')}` });
      continue;
    }
    if (column === undefined || column === '') continue;
    if (known && !known.has(column)) problems.push({ path: `mapping.${field}`, message: `no column "${column}" in the file` });
    const other = usedBy.get(column);
    if (other) problems.push({ path: `mapping.${field}`, message: `column "${column}" is already used for ${other}` });
    usedBy.set(column, field);
  }
  return problems;
}

export function requireValidMapping(mapping: Record<string, string | undefined>, headers: readonly string[] | null): ColumnMapping {
  const problems = mappingProblems(mapping, headers);
  if (problems.length > 0) throw new ImportFailure('mapping_invalid', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
  return mapping as ColumnMapping;
}
