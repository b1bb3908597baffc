import { Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import type { MembershipSummary } from '../../../shared/api/auth.schemas.ts';
import { useCurrentSession } from '../session/session-context.ts';

type OrganizationGroup = { organizationId: string; organizationName: string; workspaces: MembershipSummary[] };

function groupByOrganization(memberships: MembershipSummary[]): OrganizationGroup[] {
  const groups = new Map<string, OrganizationGroup>();
  for (const membership of memberships) {
    const group = groups.get(membership.organizationId) ?? {
      organizationId: membership.organizationId,
      organizationName: membership.organizationName,
      workspaces: [],
    };
    group.workspaces.push(membership);
    groups.set(membership.organizationId, group);
  }
  return [...groups.values()];
}

export function WorkspaceSwitcher({ currentId }: { currentId: string | undefined }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  // Switching keeps the reader on the same step, so comparing workspaces is one click.
  const section = useMatch('/w/:workspaceId/:section/*')?.params.section ?? 'team';
  const current = session.workspaces.find((w) => w.workspaceId === currentId);
  const canCreate = session.organizations.some((org) => org.role === 'owner' || org.role === 'admin');

  return (
    <Menu position="bottom-start">
      <Menu.Target>
        <Button
          variant="default"
          rightSection={<IconSelector size={16} aria-hidden />}
          maw={{ base: '100%', sm: 300 }}
          miw={0}
          data-testid="workspace-switcher"
        >
          <VisuallyHidden>{t('workspace.switcherLabel')}: </VisuallyHidden>
          <Text component="span" truncate="end" inherit>
            {current?.workspaceName ?? t('workspace.choose')}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown miw={240}>
        {groupByOrganization(session.workspaces).map((group) => (
          <Fragment key={group.organizationId}>
            <Menu.Label>{group.organizationName}</Menu.Label>
            {group.workspaces.map((workspace) => {
              const selected = workspace.workspaceId === currentId;
              return (
                <Menu.Item
                  key={workspace.workspaceId}
                  component={Link}
                  to={`/w/${workspace.workspaceId}/${section}`}
                  aria-current={selected ? 'page' : undefined}
                  rightSection={selected ? <IconCheck size={16} aria-hidden /> : null}
                >
                  {workspace.workspaceName}
                </Menu.Item>
              );
            })}
          </Fragment>
        ))}
        {session.workspaces.length === 0 && <Menu.Label>{t('workspace.noneYet')}</Menu.Label>}
        {canCreate && (
          <>
            <Menu.Divider />
            <Menu.Item component={Link} to="/workspaces/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('workspace.new')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
