import { ActionIcon, Button, Group, Stack, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ListeningFinding } from '../../../shared/strategy/strategy-listening.schemas.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { FindingEvidence } from './finding-evidence.tsx';
import { newId } from './use-strategy-labels.ts';

type ListeningFindingsProps = { workspaceId: string; findings: ListeningFinding[]; onChange: (findings: ListeningFinding[]) => void };

/** What listening has taught the team so far, each dated when it was noted, with the chart it rests on when saved from the dashboard. */
export function ListeningFindings({ workspaceId, findings, onChange }: ListeningFindingsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="sm">
      {findings.map((finding, index) => {
        const number = index + 1;
        const date = format.date(finding.createdAt);
        return (
          <Group key={finding.id} gap="xs" align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ flex: 1 }}>
              <Textarea
                label={t('strategy.listening.finding', { number, date })}
                autosize
                minRows={2}
                value={finding.text}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  onChange(findings.map((item) => (item.id === finding.id ? { ...item, text } : item)));
                }}
              />
              {finding.evidence && <FindingEvidence workspaceId={workspaceId} evidence={finding.evidence} />}
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              onClick={() => onChange(findings.filter((item) => item.id !== finding.id))}
              aria-label={t('strategy.listening.removeFinding', { number })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        leftSection={<IconPlus size={16} aria-hidden />}
        // The date is when the team noticed it, which is what a later review needs.
        onClick={() => onChange([...findings, { id: newId(), text: '', createdAt: new Date().toISOString() }])}
      >
        {t('strategy.listening.addFinding')}
      </Button>
    </Stack>
  );
}
