import { Card, Checkbox, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type GoalsSection,
  REASON_SCOPES,
  type ReasonScope,
  SOCIAL_REASONS,
  type SocialReason,
  type SocialReasonItem,
} from '../../../shared/strategy/strategy-goals.schemas.ts';
import { newId } from './use-strategy-labels.ts';

type SocialReasonsProps = { value: GoalsSection; onChange: (change: (current: GoalsSection) => GoalsSection) => void };

/**
 * Why the business is on social media at all, before any goal: each reason is ticked once, then
 * said to face inward (employees), outward (customers, partners) or both, and explained in a line.
 */
export function SocialReasons({ value, onChange }: SocialReasonsProps) {
  const { t } = useTranslation();
  const byReason = new Map(value.reasons.map((item) => [item.reason, item]));
  const toggle = (reason: SocialReason, on: boolean) =>
    onChange((current) => ({
      ...current,
      reasons: on
        ? [...current.reasons, { id: newId(), reason, scope: 'external', description: '' }]
        : current.reasons.filter((item) => item.reason !== reason),
    }));
  const edit = (next: SocialReasonItem) =>
    onChange((current) => ({ ...current, reasons: current.reasons.map((item) => (item.id === next.id ? next : item)) }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="reasons-heading">
      <Title order={2} size="h3" id="reasons-heading">
        {t('strategy.reasons.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('strategy.reasons.help')}
      </Text>
      {SOCIAL_REASONS.map((reason) => {
        const item = byReason.get(reason);
        const name = t(`strategy.reasons.kinds.${reason}`);
        return (
          <Card key={reason} withBorder padding="sm">
            <Checkbox label={name} description={t(`strategy.reasons.hints.${reason}`)} checked={item !== undefined} onChange={(e) => toggle(reason, e.currentTarget.checked)} />
            {item && (
              <Stack gap="xs" mt="sm" pl="xl">
                <SegmentedControl
                  aria-label={t('strategy.reasons.scopeFor', { reason: name })}
                  value={item.scope}
                  onChange={(scope) => edit({ ...item, scope: scope as ReasonScope })}
                  data={REASON_SCOPES.map((scope) => ({ value: scope, label: t(`strategy.reasons.scopes.${scope}`) }))}
                  style={{ alignSelf: 'flex-start' }}
                />
                <Textarea
                  label={t('strategy.reasons.descriptionFor', { reason: name })}
                  autosize
                  minRows={1}
                  value={item.description}
                  onChange={(e) => edit({ ...item, description: e.currentTarget.value })}
                />
              </Stack>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
