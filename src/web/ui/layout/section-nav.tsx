import { Divider, NavLink, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AROUND_SECTIONS, METHOD_STEPS, OVERVIEW_SECTION, RUN_SECTIONS, SETTINGS_SECTION, type Section, VERSIONS_SECTION } from './sections.ts';

type SectionLinkProps = { workspaceId: string; section: Section };

function SectionLink({ workspaceId, section }: SectionLinkProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const to = `/w/${workspaceId}/${section.slug}`;
  const active = location.pathname === to || location.pathname.startsWith(`${to}/`);
  const Icon = section.icon;
  const title = t(`sections.${section.key}.title`);

  return (
    <NavLink
      component={Link}
      to={to}
      active={active}
      aria-current={active ? 'page' : undefined}
      leftSection={
        section.step ? (
          <ThemeIcon size={24} radius="xl" variant={active ? 'filled' : 'light'} aria-hidden>
            <Text span size="xs" fw={700}>
              {section.step}
            </Text>
          </ThemeIcon>
        ) : (
          <Icon size={20} aria-hidden />
        )
      }
      label={
        section.step ? (
          <>
            <VisuallyHidden>{t('nav.stepPrefix', { step: section.step })}</VisuallyHidden>
            {title}
          </>
        ) : (
          title
        )
      }
    />
  );
}

/** The method reads top to bottom: the seven steps first, then running and measuring the plan. */
export function SectionNav({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <SectionLink workspaceId={workspaceId} section={OVERVIEW_SECTION} />
      <SectionLink workspaceId={workspaceId} section={VERSIONS_SECTION} />
      <Divider my="sm" />
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
        {t('nav.methodHeading')}
      </Text>
      {METHOD_STEPS.map((section) => (
        <SectionLink key={section.slug} workspaceId={workspaceId} section={section} />
      ))}
      <Divider my="sm" />
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
        {t('nav.aroundHeading')}
      </Text>
      {AROUND_SECTIONS.map((section) => (
        <SectionLink key={section.slug} workspaceId={workspaceId} section={section} />
      ))}
      <Divider my="sm" />
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
        {t('nav.runHeading')}
      </Text>
      {RUN_SECTIONS.map((section) => (
        <SectionLink key={section.slug} workspaceId={workspaceId} section={section} />
      ))}
      <Divider my="sm" />
      <SectionLink workspaceId={workspaceId} section={SETTINGS_SECTION} />
    </Stack>
  );
}
