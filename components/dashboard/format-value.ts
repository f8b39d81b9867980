// How a metric's value reads: VND for money, a percent for shares, two decimals for an average.
import { formatNumber, formatPercent, formatVnd, type Locale } from '@/lib/i18n/format';
import { METRICS, isShare, type TargetMetric, type TargetShape } from '@/lib/targets/metrics';

export function formatMetricValue(metric: TargetMetric, shape: TargetShape, value: number | null, locale: Locale): string {
  if (value === null) return '—';
  if (METRICS[metric].money) return formatVnd(Math.round(value), locale);
  if (isShare(shape)) return formatPercent(value / 100, locale);
  return formatNumber(value, locale);
}

export function formatTarget(metric: TargetMetric, shape: TargetShape, min: number, max: number | null, locale: Locale): string {
  const low = formatMetricValue(metric, shape, min, locale);
  return max === null ? `≥ ${low}` : `${low} – ${formatMetricValue(metric, shape, max, locale)}`;
}
