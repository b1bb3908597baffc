import { lazy } from 'react';

// ECharts is large: these load on the dashboard only, into the echarts chunk (see vite.config.ts).
export const VolumeChart = lazy(() => import('./volume-chart.tsx').then((m) => ({ default: m.VolumeChart })));
export const SentimentChart = lazy(() => import('./sentiment-chart.tsx').then((m) => ({ default: m.SentimentChart })));
export const ShareChart = lazy(() => import('./share-chart.tsx').then((m) => ({ default: m.ShareChart })));
export const BreakdownChart = lazy(() => import('./breakdown-chart.tsx').then((m) => ({ default: m.BreakdownChart })));
