import { type LineSeriesOption, LineChart } from 'echarts/charts';
import {
  type GridComponentOption,
  GridComponent,
  type LegendComponentOption,
  LegendComponent,
  MarkPointComponent,
  type TooltipComponentOption,
  TooltipComponent,
} from 'echarts/components';
import { type ComposeOption, type ECElementEvent, use } from 'echarts/core';
import { useMemo } from 'react';
import type { Dashboard, Topic } from '../../../shared/api/listening.schemas.ts';
import { EChart } from '../../ui/charts/echart.tsx';
import { topicColor } from './chart-colors.ts';
import type { VolumeSeries } from './dashboard-series.ts';
import type { ListeningLabels } from './use-listening-labels.ts';

use([LineChart, GridComponent, LegendComponent, TooltipComponent, MarkPointComponent]);

type VolumeOption = ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export type SpikeRef = { day: string; topicId: string | null };

type VolumeChartProps = {
  series: VolumeSeries;
  spikes: Dashboard['spikes'];
  topics: readonly Topic[];
  labels: ListeningLabels;
  label: string;
  describedBy: string;
  spikeName: string;
  onSpike: (spike: SpikeRef) => void;
};

/** Mentions per day, one line per topic; spikes are pins on their line and open the day's mentions. */
export function VolumeChart({ series, spikes, topics, labels, label, describedBy, spikeName, onSpike }: VolumeChartProps) {
  const option = useMemo<VolumeOption>(
    () => ({
      // Room above the plot for the legend and for spike pins on the highest day.
      grid: { left: 8, right: 16, top: 64, bottom: 8 },
      legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: series.days, axisLabel: { formatter: (day: string) => labels.shortDay(day) } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.lines.map((line) => {
        const color = topicColor(topics, line.topicId);
        return {
          type: 'line',
          name: labels.topic(line.topicId),
          data: line.values,
          color,
          showSymbol: series.days.length <= 31,
          lineStyle: line.topicId === null ? { type: 'dashed', width: 2 } : { width: 2 },
          markPoint: {
            symbolSize: 44,
            label: { formatter: '{c}', color: '#fff' },
            data: spikes
              .filter((s) => s.topicId === line.topicId)
              .map((s) => ({ name: spikeName, coord: [s.day, s.mentions], value: s.mentions, itemStyle: { color } })),
          },
        };
      }),
    }),
    [series, spikes, topics, labels, spikeName],
  );

  const click = (event: ECElementEvent) => {
    if (event.componentType !== 'markPoint') return;
    const line = series.lines[event.seriesIndex ?? -1];
    const data = event.data as { coord?: [string, number] } | undefined;
    const day = data?.coord?.[0];
    if (line && day) onSpike({ day, topicId: line.topicId });
  };

  return <EChart option={option} label={label} describedBy={describedBy} height={340} onClick={click} />;
}
