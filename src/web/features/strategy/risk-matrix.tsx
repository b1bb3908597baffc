import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../shared/strategy/strategy-context.schemas.ts';
import { RISK_LEVEL_FILLS, RISK_LEVELS, RISK_RATINGS, riskLevel } from './risk-levels.ts';

// Severe impact on top, as risk matrices are usually read: the dangerous corner is top right.
const IMPACT_ROWS = [...RISK_RATINGS].reverse();

/** Likelihood × impact at a glance: how many rated risks sit in each of the 25 cells. */
export function RiskMatrix({ risks }: { risks: Risk[] }) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const risk of risks) {
    if (risk.likelihood === null || risk.impact === null) continue;
    const key = `${risk.likelihood}-${risk.impact}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const unrated = risks.filter((risk) => risk.likelihood === null || risk.impact === null).length;

  return (
    <Stack gap="xs" component="section" aria-labelledby="risk-matrix-heading">
      <Title order={4} size="h5" id="risk-matrix-heading">
        {t('strategy.context.matrix.title')}
      </Title>
      <Table withTableBorder withColumnBorders layout="fixed" maw={420} aria-describedby="risk-matrix-help">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" fz="xs">
              {t('strategy.context.matrix.corner')}
            </Table.Th>
            {RISK_RATINGS.map((likelihood) => (
              <Table.Th key={likelihood} scope="col" ta="center" title={t(`strategy.context.risks.likelihoodScale.${likelihood}`)}>
                {likelihood}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {IMPACT_ROWS.map((impact) => (
            <Table.Tr key={impact}>
              <Table.Th scope="row" ta="center" title={t(`strategy.context.risks.impactScale.${impact}`)}>
                {impact}
              </Table.Th>
              {RISK_RATINGS.map((likelihood) => {
                const count = counts.get(`${likelihood}-${impact}`) ?? 0;
                const level = riskLevel(likelihood * impact);
                return (
                  <Table.Td
                    key={likelihood}
                    data-testid={`risk-cell-${likelihood}-${impact}`}
                    aria-label={t('strategy.context.matrix.cell', { likelihood, impact, level: t(`strategy.context.risks.levels.${level}`), total: count })}
                    ta="center"
                    fw={count > 0 ? 700 : 400}
                    style={{ background: RISK_LEVEL_FILLS[level], color: 'var(--mantine-color-black)', height: 44 }}
                  >
                    {count > 0 ? count : ''}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="md" aria-hidden>
        {RISK_LEVELS.map((level) => (
          <Group key={level} gap={6}>
            <span style={{ width: 14, height: 14, borderRadius: 3, background: RISK_LEVEL_FILLS[level], border: '1px solid var(--mantine-color-gray-4)' }} />
            <Text size="xs">{t(`strategy.context.risks.levels.${level}`)}</Text>
          </Group>
        ))}
      </Group>
      <Text size="xs" c="dimmed" id="risk-matrix-help">
        {t('strategy.context.matrix.help')}
        {unrated > 0 && ` ${t('strategy.context.matrix.unrated', { total: unrated })}`}
      </Text>
    </Stack>
  );
}
