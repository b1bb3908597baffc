import { Button, Stack, Table, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { type ScatterSeriesOption, ScatterChart } from 'echarts/charts';
import { type GridComponentOption, GridComponent, type TooltipComponentOption, TooltipComponent } from 'echarts/components';
import { type ComposeOption, format, use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/locales.ts';
import { RELATIONSHIP_KINDS, type Relationship } from '../../../shared/strategy/strategy-relationships.schemas.ts';
import { EChart } from '../../ui/charts/echart.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { bubblePoints } from './relationship-map-points.ts';

use([ScatterChart, GridComponent, TooltipComponent, LabelLayout]);

type MapOption = ComposeOption<ScatterSeriesOption | GridComponentOption | TooltipComponentOption>;

// One hue per kind (Mantine's palette, shade 6), so the same kind looks the same on every visit.
const KIND_COLORS = ['#228be6', '#be4bdb', '#e64980', '#12b886', '#fd7e14', '#15aabf', '#82c91e', '#fa5252'];

/** Relationships as bubbles: across by kind, up by value, as large as the group is. */
export function RelationshipMap({ relationships }: { relationships: Relationship[] }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const summaryId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const kindLabel = useCallback((kind: Relationship['kind']) => t(`strategy.relationships.kinds.${kind}`), [t]);
  const number = useCallback((value: number) => formatNumber(value, locale), [locale]);
  const points = useMemo(() => bubblePoints(relationships), [relationships]);
  const unvalued = relationships.length - points.length;
  // Eight kind names side by side only fit a wide box; on a phone they are slanted instead of hidden.
  const { ref: box, width } = useElementSize();
  const narrow = width > 0 && width < 640;

  const option = useMemo<MapOption>(
    () => ({
      // Margins only: ECharts 6 shrinks the plot so axis labels and names stay inside the box.
      grid: { left: 16, right: 16, top: 28, bottom: 8 },
      tooltip: {
        formatter: (params) => {
          const point = points[(params as { dataIndex: number }).dataIndex];
          if (!point) return '';
          const r = point.relationship;
          const count = r.count === null ? '—' : number(r.count);
          // Names are typed by users: the tooltip is HTML, so they are escaped.
          return `<strong>${format.encodeHTML(r.name || kindLabel(r.kind))}</strong><br/>${format.encodeHTML(
            t('strategy.relationships.map.tooltip', { kind: kindLabel(r.kind), value: r.value, count }),
          )}`;
        },
      },
      xAxis: {
        type: 'value',
        min: -0.5,
        max: RELATIONSHIP_KINDS.length - 0.5,
        interval: 1,
        axisLine: { onZero: false },
        axisTick: { show: false },
        // Grid lines fall between the kinds (at the half steps), labels under each kind's column.
        axisLabel: {
          customValues: RELATIONSHIP_KINDS.map((_, index) => index),
          rotate: narrow ? 40 : 0,
          formatter: (v: number) => kindLabel(RELATIONSHIP_KINDS[Math.round(v)] ?? 'customer'),
        },
        splitLine: { lineStyle: { type: 'dashed' } },
      },
      yAxis: {
        type: 'value',
        min: 0.5,
        max: 5.5,
        interval: 1,
        name: t('strategy.relationships.value'),
        nameLocation: 'middle',
        nameGap: 32,
        axisLine: { show: true, onZero: false },
        axisLabel: { customValues: [1, 2, 3, 4, 5], formatter: (v: number) => number(Math.round(v)) },
      },
      series: [
        {
          type: 'scatter',
          data: points.map((p) => ({
            name: p.relationship.name,
            value: [p.x, p.y],
            symbolSize: p.size,
            itemStyle: { color: KIND_COLORS[RELATIONSHIP_KINDS.indexOf(p.relationship.kind)], opacity: 0.75 },
          })),
          label: { show: true, position: 'top', formatter: '{b}', color: '#343a40' },
          labelLayout: { hideOverlap: true },
          emphasis: { focus: 'self' },
        },
      ],
    }),
    [points, t, kindLabel, number, narrow],
  );

  if (points.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {relationships.length === 0 ? t('strategy.relationships.map.empty') : t('strategy.relationships.map.noValues')}
      </Text>
    );
  }

  const top = [...points].sort((a, b) => (b.relationship.value ?? 0) - (a.relationship.value ?? 0))[0]?.relationship;
  return (
    <Stack gap="xs" ref={box}>
      <EChart option={option} label={t('strategy.relationships.map.label')} describedBy={summaryId} height={340} />
      <Text id={summaryId} size="sm" c="dimmed">
        {t('strategy.relationships.map.summary', { count: points.length, name: top?.name || kindLabel(top?.kind ?? 'customer'), value: top?.value ?? '' })}
        {unvalued > 0 && ` ${t('strategy.relationships.map.unvalued', { count: unvalued })}`}
      </Text>
      <div>
        <Button variant="subtle" size="compact-sm" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
          {showTable ? t('strategy.relationships.map.hideTable') : t('strategy.relationships.map.showTable')}
        </Button>
      </div>
      <div id={tableId} hidden={!showTable}>
        <ScrollTable label={t('strategy.relationships.map.tableLabel')} minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('strategy.relationships.name')}</Table.Th>
                <Table.Th scope="col">{t('strategy.relationships.kind')}</Table.Th>
                <Table.Th scope="col">{t('strategy.relationships.value')}</Table.Th>
                <Table.Th scope="col">{t('strategy.relationships.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {relationships.map((r, index) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row">{r.name.trim() || t('strategy.relationships.untitled', { number: index + 1 })}</Table.Th>
                  <Table.Td>{kindLabel(r.kind)}</Table.Td>
                  <Table.Td>{r.value === null ? t('strategy.relationships.noValue') : t('strategy.relationships.valueOf', { value: r.value })}</Table.Td>
                  <Table.Td>{r.count === null ? '—' : number(r.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </div>
    </Stack>
  );
}
