// Numbers and money as Vietnamese readers expect them (1.234.567 ₫); English uses its own separators.
export type Locale = 'vi' | 'en';

export function formatNumber(value: number | bigint, locale: Locale = 'vi'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(value);
}

export function formatVnd(value: number | bigint, locale: Locale = 'vi'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(value);
}

export function formatPercent(share: number, locale: Locale = 'vi', digits = 1): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: digits }).format(share);
}
