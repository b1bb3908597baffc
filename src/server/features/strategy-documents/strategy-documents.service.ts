import { eq } from 'drizzle-orm';
import type { DocumentFormat, DocumentQuery } from '../../../shared/api/strategy-documents.schemas.ts';
import { type CalendarSystem, type Locale, localeSchema } from '../../../shared/locales.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import type { Db } from '../../db/database.ts';
import { users, workspaceMembers, workspaces } from '../../db/schema/index.ts';
import { type RequestContext, requireUser, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { checkFacts, readDraft } from '../strategy/strategy-draft.service.ts';
import { getVersion } from '../strategy/strategy-versions.service.ts';
import { loadLogo } from '../workspace-logo/workspace-logo.service.ts';
import { contentDisposition, DOCUMENT_MEDIA_TYPES, documentFileNames } from './document-file.domain.ts';
import { renderDocx } from './docx.render.ts';
import { renderHtml } from './html.render.ts';
import { renderMarkdown } from './markdown.render.ts';
import { buildStrategyOutline, type OutlineSource } from './strategy-outline.domain.ts';

export type DocumentFile = { contentType: string; contentDisposition: string; body: string | Uint8Array };

async function workspaceRow(db: Db, workspaceId: string) {
  const [row] = await db
    .select({ name: workspaces.name, defaultLocale: workspaces.defaultLocale, timezone: workspaces.timezone, fiscalYearStartMonth: workspaces.fiscalYearStartMonth })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!row) throw new AppError('not_found', 'Workspace not found');
  return row;
}

async function memberNames(db: Db, workspaceId: string): Promise<Record<string, string>> {
  const rows = await db
    .select({ userId: workspaceMembers.userId, name: users.name })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId));
  return Object.fromEntries(rows.map((r) => [r.userId, r.name]));
}

/** Thai readers who chose the Buddhist calendar get Buddhist Era years in Thai documents; other languages stay Gregorian. */
function documentCalendar(locale: Locale, userCalendar: string): CalendarSystem {
  return locale === 'th' && userCalendar === 'buddhist' ? 'buddhist' : 'gregory';
}

/** The draft, or a published version when `version` is given (404 when there is no such version). */
async function documentToExport(ctx: RequestContext, settings: Awaited<ReturnType<typeof workspaceRow>>, version: number | undefined): Promise<{ strategy: Strategy; source: OutlineSource }> {
  if (version !== undefined) {
    const found = await getVersion(ctx, version);
    return { strategy: found.document, source: { kind: 'version', number: found.number, label: found.label, publishedAt: found.publishedAt } };
  }
  const draft = await readDraft(ctx.db, requireWorkspace(ctx).id, settings);
  return { strategy: draft.document, source: { kind: 'draft', revision: draft.revision } };
}

/** The strategy as a document to read, print or edit in Word, in the asked language or the workspace's. */
export async function exportDocument(ctx: RequestContext, format: DocumentFormat, query: DocumentQuery): Promise<DocumentFile> {
  const workspaceId = requireWorkspace(ctx).id;
  const settings = await workspaceRow(ctx.db, workspaceId);
  const locale = query.locale ?? localeSchema.catch('en').parse(settings.defaultLocale);
  const { strategy, source } = await documentToExport(ctx, settings, query.version);
  const outline = buildStrategyOutline({
    strategy,
    workspaceName: settings.name,
    memberNames: await memberNames(ctx.db, workspaceId),
    locale,
    facts: await checkFacts(ctx.db, workspaceId, settings, ctx.now()),
    source,
    generatedAt: ctx.now(),
    calendar: documentCalendar(locale, requireUser(ctx).calendar),
    timeZone: settings.timezone,
  });
  const names = documentFileNames({ workspaceName: settings.name, title: outline.title, source, locale, format });
  const logo = format === 'md' ? null : await loadLogo(ctx.db, workspaceId);
  const body = format === 'md' ? renderMarkdown(outline) : format === 'html' ? renderHtml(outline, logo) : await renderDocx(outline, logo);
  return { contentType: DOCUMENT_MEDIA_TYPES[format], contentDisposition: contentDisposition(names), body };
}
