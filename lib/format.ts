/** "2026-11-27" -> "November 27, 2026", read the same way whatever the build machine's time zone. */
export function formatLongDate(isoDay: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`))
}
