import { Paper, Tabs } from '@mantine/core';
import { IconHistory, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { AuditLog } from './audit-log.tsx';
import { DangerZone } from './danger-zone.tsx';
import { WorkspaceDetails } from './workspace-details.tsx';
import { WorkspaceLogo } from './workspace-logo.tsx';
import { WorkspaceSettingsForm } from './workspace-settings-form.tsx';

export function SettingsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const isAdmin = useHasRole('admin');
  const isOwner = useHasRole('owner');
  // The tab lives in the URL so the audit log can be linked to and survives a reload.
  const [params, setParams] = useSearchParams();
  const tab = isAdmin && params.get('tab') === 'audit' ? 'audit' : 'workspace';

  return (
    <>
      <PageHeader title={t('sections.settings.title')} description={t('sections.settings.purpose')} />
      <Paper withBorder p="lg">
        {isAdmin ? (
          <Tabs value={tab} onChange={(value) => setParams(value === 'audit' ? { tab: 'audit' } : {}, { replace: true })}>
            <Tabs.List mb="lg">
              <Tabs.Tab value="workspace" leftSection={<IconSettings size={16} aria-hidden />}>
                {t('settings.tabs.workspace')}
              </Tabs.Tab>
              <Tabs.Tab value="audit" leftSection={<IconHistory size={16} aria-hidden />}>
                {t('settings.tabs.audit')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="workspace">
              <WorkspaceSettingsForm key={workspace.id} workspace={workspace} />
              <WorkspaceLogo key={`logo-${workspace.id}`} workspace={workspace} canEdit />
              {isOwner && <DangerZone key={workspace.id} workspace={workspace} />}
            </Tabs.Panel>
            <Tabs.Panel value="audit">{tab === 'audit' && <AuditLog workspaceId={workspace.id} />}</Tabs.Panel>
          </Tabs>
        ) : (
          <>
            <WorkspaceDetails workspace={workspace} />
            <WorkspaceLogo key={`logo-${workspace.id}`} workspace={workspace} canEdit={false} />
          </>
        )}
      </Paper>
    </>
  );
}
