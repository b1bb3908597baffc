import { type ECElementEvent, type EChartsCoreOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// SVG stays sharp at any zoom and in print; callers register only the chart types they draw.
use([SVGRenderer]);

type EChartProps = {
  option: EChartsCoreOption;
  /** Accessible name of the picture; the caller also gives a text or table alternative. */
  label: string;
  /** Id of the element that summarises the chart in words. */
  describedBy?: string;
  height?: number;
  /** A click on a data item or mark; whatever it does must also be reachable without the chart. */
  onClick?: (event: ECElementEvent) => void;
};

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * One ECharts instance bound to a div: created on mount, resized with its box, disposed on
 * unmount. The chart is an image to assistive technology, so it must never be the only way to
 * read the data.
 */
export function EChart({ option, label, describedBy, height = 320, onClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clicked = useRef(onClick);
  useEffect(() => {
    clicked.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event) => clicked.current?.(event as ECElementEvent));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const animation = prefersReducedMotion() ? false : (option.animation ?? true);
    chart.current?.setOption({ ...option, animation }, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} aria-describedby={describedBy} style={{ width: '100%', height }} />;
}
