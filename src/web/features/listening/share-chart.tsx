import { type PieSeriesOption, PieChart } from 'echarts/charts';
import { type LegendComponentOption, LegendComponent, type TooltipComponentOption, TooltipComponent } from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { useMemo } from 'react';
import type { Dashboard, Topic } from '../../../shared/api/listening.schemas.ts';
import { EChart } from '../../ui/charts/echart.tsx';
import { topicColor } from './chart-colors.ts';
import type { ListeningLabels } from './use-listening-labels.ts';

use([PieChart, LegendComponent, TooltipComponent, LabelLayout]);

type ShareOption = ComposeOption<PieSeriesOption | LegendComponentOption | TooltipComponentOption>;

type ShareChartProps = { voices: Dashboard['shareOfVoice']; topics: readonly Topic[]; labels: ListeningLabels; percent: (share: number) => string; label: string; describedBy: string };

/** The brand against each competitor as slices of one ring. */
export function ShareChart({ voices, topics, labels, percent, label, describedBy }: ShareChartProps) {
  const option = useMemo<ShareOption>(
    () => ({
      legend: { bottom: 0, type: 'scroll' },
      tooltip: { trigger: 'item', formatter: (p) => { const item = p as { name: string; value: number; percent: number }; return `${item.name}: ${percent(item.percent / 100)}`; } },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          center: ['50%', '45%'],
          // Names are in the legend; slices carry only their share, so nothing is cut off in a narrow card.
          label: { position: 'inside', color: '#fff', fontWeight: 'bold', formatter: (p) => percent((p.percent ?? 0) / 100) },
          labelLayout: { hideOverlap: true },
          data: voices.map((v) => ({ name: labels.topic(v.topicId), value: v.mentions, itemStyle: { color: topicColor(topics, v.topicId) } })),
        },
      ],
    }),
    [voices, topics, labels, percent],
  );
  return <EChart option={option} label={label} describedBy={describedBy} height={300} />;
}
