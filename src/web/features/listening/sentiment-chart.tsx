import { type BarSeriesOption, BarChart, type LineSeriesOption, LineChart } from 'echarts/charts';
import { type GridComponentOption, GridComponent, type LegendComponentOption, LegendComponent, type TooltipComponentOption, TooltipComponent } from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { useMemo } from 'react';
import type { Dashboard } from '../../../shared/api/listening.schemas.ts';
import { EChart } from '../../ui/charts/echart.tsx';
import { SENTIMENT_COLORS } from './chart-colors.ts';
import { netScore } from './dashboard-series.ts';
import type { ListeningLabels } from './use-listening-labels.ts';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent]);

type SentimentOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

type SentimentChartProps = { days: Dashboard['sentiment']; labels: ListeningLabels; netName: string; label: string; describedBy: string };

/** Positive, neutral and negative mentions stacked per day, with net sentiment (−100..+100) on its own axis. */
export function SentimentChart({ days, labels, netName, label, describedBy }: SentimentChartProps) {
  const option = useMemo<SentimentOption>(() => {
    const bar = (key: 'pos' | 'neu' | 'neg'): BarSeriesOption => ({
      type: 'bar',
      stack: 'mentions',
      name: labels.sentiment(key),
      color: SENTIMENT_COLORS[key],
      data: days.map((d) => d[key]),
    });
    return {
      grid: { left: 8, right: 8, top: 40, bottom: 8 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: days.map((d) => d.day), axisLabel: { formatter: (day: string) => labels.shortDay(day) } },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: -100, max: 100, interval: 50, splitLine: { show: false } },
      ],
      series: [
        bar('neg'),
        bar('neu'),
        bar('pos'),
        {
          type: 'line',
          name: netName,
          yAxisIndex: 1,
          color: SENTIMENT_COLORS.net,
          showSymbol: days.length <= 31,
          // A day without mentions has no sentiment, not a neutral one: the line breaks there.
          data: days.map((d) => (d.pos + d.neu + d.neg === 0 ? null : netScore(d.net))),
        },
      ],
    };
  }, [days, labels, netName]);

  return <EChart option={option} label={label} describedBy={describedBy} height={320} />;
}
