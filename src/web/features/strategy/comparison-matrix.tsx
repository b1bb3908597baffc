import { ActionIcon, Group, NumberInput, Table, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Competitor } from '../../../shared/strategy/strategy-listening.schemas.ts';
import { type OneThingSection, US } from '../../../shared/strategy/strategy-one-thing.schemas.ts';

type Comparison = OneThingSection['comparison'];
type ComparisonMatrixProps = { comparison: Comparison; competitors: Competitor[]; onChange: (comparison: Comparison) => void };

/** Scores 1–5 of us and each competitor (rows) on what the audience cares about (columns). */
export function ComparisonMatrix({ comparison, competitors, onChange }: ComparisonMatrixProps) {
  const { t } = useTranslation();
  const subjects = [
    { id: US, name: t('strategy.oneThing.us') },
    ...competitors.map((competitor, index) => ({ id: competitor.id, name: competitor.name.trim() || t('strategy.oneThing.untitledCompetitor', { number: index + 1 }) })),
  ];
  const attributeName = (index: number) => comparison.attributes[index]?.name.trim() || t('strategy.oneThing.untitledAttribute', { number: index + 1 });

  const rename = (id: string, name: string) =>
    onChange({ ...comparison, attributes: comparison.attributes.map((item) => (item.id === id ? { ...item, name } : item)) });

  // A removed attribute takes its scores with it, so no row keeps a score for a column that is gone.
  const removeAttribute = (id: string) =>
    onChange({
      attributes: comparison.attributes.filter((item) => item.id !== id),
      rows: comparison.rows.map((row) => ({ ...row, scores: Object.fromEntries(Object.entries(row.scores).filter(([key]) => key !== id)) })),
    });

  // Rows are created on the first score, so a competitor nobody has scored adds nothing to the document.
  const score = (subject: string, attributeId: string, value: number | null) => {
    const existing = comparison.rows.find((row) => row.subject === subject) ?? { subject, scores: {} };
    const scores = Object.fromEntries(Object.entries(existing.scores).filter(([key]) => key !== attributeId));
    if (value !== null) scores[attributeId] = value;
    const next = { ...existing, scores };
    const rows = comparison.rows.some((row) => row.subject === subject)
      ? comparison.rows.map((row) => (row.subject === subject ? next : row))
      : [...comparison.rows, next];
    onChange({ ...comparison, rows });
  };

  return (
    <Table.ScrollContainer minWidth={200 + comparison.attributes.length * 180}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('strategy.oneThing.subject')}</Table.Th>
            {comparison.attributes.map((attribute, index) => (
              <Table.Th key={attribute.id} scope="col">
                <Group gap={4} wrap="nowrap" align="flex-end">
                  <TextInput
                    size="xs"
                    style={{ flex: 1 }}
                    aria-label={t('strategy.oneThing.attributeName', { number: index + 1 })}
                    placeholder={t('strategy.oneThing.untitledAttribute', { number: index + 1 })}
                    value={attribute.name}
                    onChange={(e) => rename(attribute.id, e.currentTarget.value)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => removeAttribute(attribute.id)}
                    aria-label={t('strategy.oneThing.removeAttribute', { name: attributeName(index) })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subjects.map((subject) => {
            const row = comparison.rows.find((item) => item.subject === subject.id);
            return (
              <Table.Tr key={subject.id}>
                <Table.Th scope="row">{subject.name}</Table.Th>
                {comparison.attributes.map((attribute, index) => (
                  <Table.Td key={attribute.id}>
                    <NumberInput
                      size="xs"
                      min={1}
                      max={5}
                      clampBehavior="strict"
                      allowDecimal={false}
                      allowNegative={false}
                      aria-label={t('strategy.oneThing.score', { row: subject.name, attribute: attributeName(index) })}
                      value={row?.scores[attribute.id] ?? ''}
                      onChange={(v) => score(subject.id, attribute.id, typeof v === 'number' && v >= 1 && v <= 5 ? v : null)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
