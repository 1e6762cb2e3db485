import type { Locale } from '@/lib/base/addresses'

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-US', { dateStyle: 'long', timeZone: 'UTC' }),
}

/** "2026-11-27" -> "November 27, 2026" / "27 de noviembre de 2026", the same whatever the build machine's time zone. */
export function formatLongDate(isoDay: string, locale: Locale = 'en'): string {
  return dateFormats[locale].format(new Date(`${isoDay}T00:00:00Z`))
}
