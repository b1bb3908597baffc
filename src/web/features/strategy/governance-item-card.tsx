import { ActionIcon, Badge, Card, Grid, Group, Select, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/locales.ts';
import { isoDateSchema } from '../../../shared/strategy/strategy-common.schemas.ts';
import type { GovernanceItem } from '../../../shared/strategy/strategy-governance.schemas.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { isOverdue } from './governance-rules.ts';

type GovernanceItemCardProps = {
  item: GovernanceItem;
  /** Position within its kind, for the fallback name of an untitled item. */
  index: number;
  members: { value: string; label: string }[];
  today: string;
  onChange: (item: GovernanceItem) => void;
  onRemove: () => void;
};

/** One policy, guideline, process or training: what it says, who keeps it current and when it is reviewed. */
export function GovernanceItemCard({ item, index, members, today, onChange, onRemove }: GovernanceItemCardProps) {
  const { t } = useTranslation();
  const { locale, calendar } = useFormatters();
  const set = <F extends keyof GovernanceItem>(field: F, value: GovernanceItem[F]) => onChange({ ...item, [field]: value });
  const name = item.title.trim() || t(`strategy.governance.untitled.${item.kind}`, { number: index + 1 });
  const overdue = isOverdue(item.reviewDate, today);
  // The stored value is a calendar day, so it is shown as that day wherever the reader is.
  const due = item.reviewDate ? formatDate(`${item.reviewDate}T00:00:00Z`, locale, calendar, 'UTC') : '';

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 10, sm: 11 }}>
          <TextInput label={t('strategy.governance.title')} value={item.title} onChange={(e) => set('title', e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.governance.remove', { name })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('strategy.governance.body')}
            description={t(`strategy.governance.bodyHelp.${item.kind}`)}
            autosize
            minRows={3}
            value={item.body}
            onChange={(e) => set('body', e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('strategy.governance.owner')}
            data={members}
            value={item.ownerUserId}
            clearable
            searchable
            onChange={(owner) => set('ownerUserId', owner)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            type="date"
            label={
              <Group gap="xs" component="span">
                {t('strategy.governance.reviewDate')}
                {overdue && (
                  <Badge color="red" variant="light" size="sm" component="span">
                    {t('strategy.governance.overdue')}
                  </Badge>
                )}
              </Group>
            }
            description={overdue ? t('strategy.governance.overdueSince', { date: due }) : t('strategy.governance.reviewDateHelp')}
            value={item.reviewDate ?? ''}
            max="9999-12-31"
            // A date the schema refuses (a six-digit year) would make every later save fail: kept as "no date".
            onChange={(e) => {
              const date = e.currentTarget.value;
              set('reviewDate', isoDateSchema.safeParse(date).success ? date : null);
            }}
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
