import { type BarSeriesOption, BarChart } from 'echarts/charts';
import { type GridComponentOption, GridComponent, type TooltipComponentOption, TooltipComponent } from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { useMemo } from 'react';
import { EChart } from '../../ui/charts/echart.tsx';

use([BarChart, GridComponent, TooltipComponent]);

type BreakdownOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

type BreakdownChartProps = { items: { name: string; value: number }[]; seriesName: string; color: string; label: string; describedBy: string };

/** Where the conversation happens: one horizontal bar per channel or language, largest on top. */
export function BreakdownChart({ items, seriesName, color, label, describedBy }: BreakdownChartProps) {
  const option = useMemo<BreakdownOption>(() => {
    const shown = items.slice(0, 12).reverse();
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((i) => i.name) },
      series: [{ type: 'bar', name: seriesName, color, data: shown.map((i) => i.value), label: { show: true, position: 'right' } }],
    };
  }, [items, seriesName, color]);
  return <EChart option={option} label={label} describedBy={describedBy} height={Math.max(160, Math.min(items.length, 12) * 32 + 40)} />;
}
