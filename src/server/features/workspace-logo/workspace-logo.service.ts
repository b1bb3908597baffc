import { eq } from 'drizzle-orm';
import type { LogoMediaType, LogoSummary, PutLogoInput } from '../../../shared/api/workspace-logo.schemas.ts';
import type { Db } from '../../db/database.ts';
import { workspaceLogos } from '../../db/schema/index.ts';
import { type RequestContext, requireUser, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type DocumentLogo, inspectLogo } from './workspace-logo.domain.ts';

type LogoRow = typeof workspaceLogos.$inferSelect;

const summary = (row: Pick<LogoRow, 'mediaType' | 'width' | 'height' | 'data' | 'updatedAt'>): LogoSummary => ({
  mediaType: row.mediaType as LogoMediaType,
  width: row.width,
  height: row.height,
  byteSize: row.data.byteLength,
  updatedAt: row.updatedAt.toISOString(),
});

/** Stores (or replaces) the workspace's logo once its bytes prove it is a PNG or JPEG. */
export async function putLogo(ctx: RequestContext, input: PutLogoInput): Promise<LogoSummary> {
  const access = requireWorkspace(ctx);
  const user = requireUser(ctx);
  const bytes = new Uint8Array(Buffer.from(input.dataBase64, 'base64'));
  const verdict = inspectLogo(bytes, input.mediaType);
  if (!verdict.ok) {
    throw new AppError('validation_failed', `body.dataBase64: ${verdict.message}`, { details: [{ path: 'body.dataBase64', message: verdict.message }] });
  }
  const values = { ...verdict.image, data: bytes, updatedAt: ctx.now(), updatedBy: user.id };
  const row = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ mediaType: workspaceLogos.mediaType, width: workspaceLogos.width, height: workspaceLogos.height }).from(workspaceLogos).where(eq(workspaceLogos.workspaceId, access.id)).for('update');
    const [saved] = await tx
      .insert(workspaceLogos)
      .values({ workspaceId: access.id, ...values })
      .onConflictDoUpdate({ target: workspaceLogos.workspaceId, set: values })
      .returning();
    if (!saved) throw new Error('logo upsert returned no row');
    const after = { mediaType: saved.mediaType, width: saved.width, height: saved.height, byteSize: bytes.byteLength };
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'workspace.logo_updated',
      targetType: 'workspace',
      targetId: access.id,
      // The trail names the image, it does not keep a copy of it.
      changes: { logo: { from: before ? `${before.mediaType} ${before.width}×${before.height}` : null, to: `${after.mediaType} ${after.width}×${after.height}` }, byteSize: after.byteSize },
    });
    return saved;
  });
  return summary(row);
}

/** Removing a logo that is not there is no error: the workspace ends up without one either way. */
export async function removeLogo(ctx: RequestContext): Promise<void> {
  const access = requireWorkspace(ctx);
  await ctx.db.transaction(async (tx) => {
    const removed = await tx.delete(workspaceLogos).where(eq(workspaceLogos.workspaceId, access.id)).returning({ mediaType: workspaceLogos.mediaType });
    if (removed.length === 0) return;
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'workspace.logo_removed', targetType: 'workspace', targetId: access.id });
  });
}

export async function loadLogo(db: Db, workspaceId: string): Promise<(DocumentLogo & { updatedAt: Date }) | null> {
  const [row] = await db.select().from(workspaceLogos).where(eq(workspaceLogos.workspaceId, workspaceId));
  if (!row) return null;
  return { mediaType: row.mediaType as LogoMediaType, width: row.width, height: row.height, data: new Uint8Array(row.data), updatedAt: row.updatedAt };
}

export async function getLogo(ctx: RequestContext): Promise<DocumentLogo & { updatedAt: Date }> {
  const logo = await loadLogo(ctx.db, requireWorkspace(ctx).id);
  if (!logo) throw new AppError('not_found', 'This workspace has no logo');
  return logo;
}

/** When the logo last changed, for the workspace answer: the web app shows it only when there is one. */
export async function logoUpdatedAt(db: Db, workspaceId: string): Promise<string | null> {
  const [row] = await db.select({ updatedAt: workspaceLogos.updatedAt }).from(workspaceLogos).where(eq(workspaceLogos.workspaceId, workspaceId));
  return row ? row.updatedAt.toISOString() : null;
}
