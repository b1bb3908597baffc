import { Badge, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import { formatFinding } from '../../../shared/strategy/strategy-check.messages.ts';
import type { Severity } from '../../../shared/strategy/strategy-check.schemas.ts';
import type { StrategyStep } from '../../../shared/strategy/strategy-steps.data.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';

export const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };

/** Completeness of one step as a whole percentage (0–100). */
export function stepPercent(state: StrategyState, step: StrategyStep): number {
  const score = state.completeness.steps.find((entry) => entry.step === step)?.score ?? 0;
  return Math.round(score * 100);
}

/** The method check's findings for one step, in the reader's language, beside the form. */
export function FindingsPanel({ state, step }: { state: StrategyState; step: StrategyStep }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const findings = state.findings.filter((finding) => finding.step === step);
  const percent = stepPercent(state, step);

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Text size="sm" fw={600}>
          {t('strategy.progress', { percent })}
        </Text>
        <Progress.Root mt="xs">
          <Progress.Section value={percent} aria-label={t('strategy.progress', { percent })} />
        </Progress.Root>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="findings-heading">
        <Title order={2} size="h4" id="findings-heading" mb="sm">
          {t('strategy.findings.title')}
        </Title>
        {findings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('strategy.findings.none')}
          </Text>
        ) : (
          <List spacing="sm" listStyleType="none" p={0}>
            {findings.map((finding) => {
              const text = formatFinding(finding, locale);
              return (
                <List.Item key={`${finding.ruleId}-${finding.path}`}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge color={SEVERITY_COLORS[finding.severity]} variant="light" size="sm" style={{ flexShrink: 0 }}>
                      {t(`strategy.severity.${finding.severity}`)}
                    </Badge>
                    <div>
                      <Text size="sm">{text.message}</Text>
                      <Text size="xs" c="dimmed">
                        {text.fix}
                      </Text>
                    </div>
                  </Group>
                </List.Item>
              );
            })}
          </List>
        )}
      </Card>
    </Stack>
  );
}
