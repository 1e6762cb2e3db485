/**
 * The phrases the site derives from facts, one module per language (en.ts, es.ts): "N times a
 * week" and "3 veces por semana" both come from sessionsPerWeek: 3. The facts module holds numbers
 * and words, never sentences in one language. Each language module must give every phrase (the
 * type makes it so), so a new phrase cannot ship in English alone.
 */
import type { Locale } from '@/lib/base/addresses'

export const GROUP_TIMES = ['morning', 'afternoon', 'evening'] as const
export type GroupTime = (typeof GROUP_TIMES)[number]

export interface Phrases {
  locale: Locale
  /** 1 -> "once a week" / "una vez por semana"; N -> "N times a week" / "N veces por semana". */
  timesAWeek(n: number): string
  /** "encouraged, but not required" / "recomendadas, pero no obligatorias". */
  twelveStep(meetings: { encouraged: boolean; required: boolean }): string
  /** ["a", "b", "c"] -> "a, b, and c" / "a, b y c" (Intl.ListFormat). */
  joinWithAnd(items: readonly string[]): string
  /** ["morning", "evening"] -> "morning and evening" / "por la mañana y por la noche". */
  groupTimes(times: readonly GroupTime[]): string
  /** "N times a week, morning and evening groups". */
  schedule(howOften: string, groupTimes: string): string
  /** N -> "N weeks" / "N semanas". */
  weeks(n: number): string
  /** (N, M) -> "N to M weeks" / "N a M semanas". */
  weeksRange(min: number, max: number): string
  /** "N weeks (at least M meetings)". */
  lengthWithMeetings(howLong: string, totalMeetings: number): string
  /** "an optional <step>: <how often> for <how long>". */
  stepDown(step: { optional: boolean; name: string; howOften: string; howLong: string }): string
  /** "<length>, then <step down>". */
  thenStepDown(length: string, stepDown: string): string
  /** "a family session <how often>", to use inside a sentence. */
  familySession(perWeek: number): string
  /** "It can go on, as an outpatient service, after the IOP ends". */
  continuesAfter(programLabel: string): string
  /** "optional" / "part of the program". */
  optionalText(optional: boolean): string
  /** ["en", "es"] -> "English and Spanish" / "inglés y español" (Intl.DisplayNames). */
  languageNames(codes: readonly string[]): string
}

/** "daily structured support" -> "Daily structured support", for the start of a line. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}
