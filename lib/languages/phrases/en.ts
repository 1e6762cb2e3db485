import type { Phrases } from '@/lib/languages/phrases/types'

const numberWords = ['zero', 'once', 'twice'] as const
const list = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' })
const languages = new Intl.DisplayNames('en-US', { type: 'language' })

export const en: Phrases = {
  locale: 'en',
  timesAWeek: (n) => (n < numberWords.length ? `${numberWords[n]} a week` : `${n} times a week`),
  twelveStep: (m) => (m.required ? 'required' : m.encouraged ? 'encouraged, but not required' : 'optional'),
  joinWithAnd: (items) => list.format(items),
  groupTimes: (times) => list.format(times),
  schedule: (howOften, groupTimes) => `${howOften}, ${groupTimes} groups`,
  weeks: (n) => (n === 1 ? '1 week' : `${n} weeks`),
  weeksRange: (min, max) => `${min} to ${max} weeks`,
  lengthWithMeetings: (howLong, total) => `${howLong} (at least ${total} meetings)`,
  stepDown: (s) => `${s.optional ? 'an optional ' : 'the '}${s.name}: ${s.howOften} for ${s.howLong}`,
  thenStepDown: (length, stepDown) => `${length}, then ${stepDown}`,
  familySession: (n) => `a family session ${en.timesAWeek(n)}`,
  continuesAfter: (program) => `It can go on, as an outpatient service, after the ${program} ends`,
  optionalText: (optional) => (optional ? 'optional' : 'part of the program'),
  languageNames: (codes) => list.format(codes.map((code) => languages.of(code) ?? code)),
}
