import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../shared/api/workspace.schemas.ts';
import { intlLocale } from '../../../shared/locales.ts';
import { BUSINESS_FUNCTIONS } from '../../../shared/roles.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';

/**
 * Step 1 of the method asks for every business function at the table; this view makes the gaps
 * impossible to miss.
 */
export function FunctionCoverage({ team }: { team: Team }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const missing = new Set(team.missingFunctions);
  // "other" is a catch-all rather than a function a team can lack, so it only appears once someone picked it.
  const counted = BUSINESS_FUNCTIONS.filter((fn) => fn !== 'other');
  const covered = counted.length - missing.size;
  const shown = team.members.some((member) => member.businessFunction === 'other') ? [...counted, 'other' as const] : counted;
  const listFormat = new Intl.ListFormat(intlLocale(format.locale), { type: 'conjunction' });

  return (
    <Stack component="section" aria-labelledby="coverage-heading" gap="md">
      <div>
        <Title order={2} size="h3" id="coverage-heading">
          {t('team.coverage.title')}
        </Title>
        <Text c="dimmed">
          {t('team.coverage.summary', { covered: format.number(covered), total: format.number(counted.length) })}
        </Text>
      </div>
      {missing.size > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('team.coverage.missingTitle')}>
          {t('team.coverage.missingBody', {
            functions: listFormat.format(team.missingFunctions.map((fn) => t(`functions.${fn}`))),
          })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="sm">
        {shown.map((fn) => {
          const isMissing = missing.has(fn);
          const people = team.members.filter((member) => member.businessFunction === fn);
          return (
            <Card
              key={fn}
              withBorder
              padding="sm"
              data-testid={`function-${fn}`}
              data-status={isMissing ? 'missing' : 'covered'}
              style={isMissing ? { borderColor: 'var(--mantine-color-red-7)', borderStyle: 'dashed' } : undefined}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Title order={3} size="h5">
                  {t(`functions.${fn}`)}
                </Title>
                {fn !== 'other' && (
                  <Badge color={isMissing ? 'red' : 'teal'} variant="light" style={{ flexShrink: 0 }}>
                    {isMissing ? t('team.coverage.missing') : t('team.coverage.covered')}
                  </Badge>
                )}
              </Group>
              {people.length > 0 ? (
                <List size="sm" mt="xs" listStyleType="none" spacing={2}>
                  {people.map((person) => (
                    <List.Item key={person.userId}>{person.name}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed" mt="xs">
                  {t('team.coverage.nobody')}
                </Text>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
