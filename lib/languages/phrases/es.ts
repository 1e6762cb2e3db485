import type { GroupTime, Phrases } from '@/lib/languages/phrases/types'

const list = new Intl.ListFormat('es', { style: 'long', type: 'conjunction' })
const languages = new Intl.DisplayNames('es', { type: 'language' })

/** When groups meet, as Spanish speakers say it: "por la mañana", "por la noche". */
const groupTimeWords: Record<GroupTime, string> = {
  morning: 'por la mañana',
  afternoon: 'por la tarde',
  evening: 'por la noche',
}

export const es: Phrases = {
  locale: 'es',
  timesAWeek: (n) => (n === 1 ? 'una vez por semana' : `${n} veces por semana`),
  // Agrees with "las reuniones de 12 pasos".
  twelveStep: (m) => (m.required ? 'obligatorias' : m.encouraged ? 'recomendadas, pero no obligatorias' : 'opcionales'),
  joinWithAnd: (items) => list.format(items),
  groupTimes: (times) => list.format(times.map((time) => groupTimeWords[time])),
  schedule: (howOften, groupTimes) => `${howOften}, con grupos ${groupTimes}`,
  weeks: (n) => (n === 1 ? '1 semana' : `${n} semanas`),
  weeksRange: (min, max) => `${min} a ${max} semanas`,
  lengthWithMeetings: (howLong, total) => `${howLong} (al menos ${total} sesiones)`,
  stepDown: (s) => `${s.optional ? 'si usted lo desea, ' : ''}el ${s.name}: ${s.howOften} durante ${s.howLong}`,
  thenStepDown: (length, stepDown) => `${length}; después, ${stepDown}`,
  familySession: (n) => `una sesión familiar ${es.timesAWeek(n)}`,
  continuesAfter: (program) => `Puede continuar, como servicio ambulatorio, cuando termine el ${program}`,
  optionalText: (optional) => (optional ? 'opcional' : 'parte del programa'),
  languageNames: (codes) => list.format(codes.map((code) => languages.of(code) ?? code)),
}
