/**
 * Two languages, one set of facts: addresses, the facts in English and Spanish, the phrases made
 * from them in each language, and the frame's two dictionaries.
 */
import fs from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { englishRouteOf, localeOfRoute, routeForContentFile, routeInLocale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { en as englishWords } from '@/lib/languages/dictionary/en'
import { es as spanishWords, ROLE_NAMES } from '@/lib/languages/dictionary/es'
import { REVIEWER_ROLES } from '@/lib/base/content-rules'
import { phrasesFor } from '@/lib/languages/phrases'
import { FACTS_FILE, factNames, getFact, namedFactsOf, parseBilingualFacts, programSummaries, type ProgramFactsInput } from '@/lib/facts'

const realData = (): ProgramFactsInput => parse(fs.readFileSync(FACTS_FILE, 'utf8'))

describe('addresses in two languages', () => {
  it('puts each Spanish page at /es + the English address, from content/es/ + the same file name', () => {
    expect(routeForContentFile('es/index.mdx')).toBe('/es')
    expect(routeForContentFile('es/faq.mdx')).toBe('/es/faq')
    expect(routeForContentFile('es/programs/sacot.mdx')).toBe('/es/programs/sacot')
    expect(routeForContentFile('es/programs/index.mdx')).toBe('/es/programs')
  })

  it('goes from either language to the other', () => {
    expect(localeOfRoute('/es/faq')).toBe('es')
    expect(localeOfRoute('/faq')).toBe('en')
    expect(localeOfRoute('/estimates')).toBe('en') // a page whose name starts with "es" is English
    expect(englishRouteOf('/es')).toBe('/')
    expect(englishRouteOf('/es/programs/sacot')).toBe('/programs/sacot')
    expect(routeInLocale('/', 'es')).toBe('/es')
    expect(routeInLocale('/programs/sacot', 'es')).toBe('/es/programs/sacot')
    expect(routeInLocale('/es/faq', 'en')).toBe('/faq')
    expect(routeInLocale('/es/faq', 'es')).toBe('/es/faq')
  })
})

describe('the facts in two languages', () => {
  it('has the same fact names in both languages, and Spanish words for every text fact', () => {
    const { en, es } = parseBilingualFacts(realData())
    const english = namedFactsOf(en)
    const spanish = namedFactsOf(es)
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort())
    expect(Object.keys(english).sort()).toEqual([...factNames].sort())
    // Numbers and phone numbers are written once: the same in both.
    expect(spanish['iop.weeks']).toBe(english['iop.weeks'])
    expect(spanish['iop.totalMeetings']).toBe(english['iop.totalMeetings'])
    expect(spanish['phone.display']).toBe(english['phone.display'])
    // Words differ.
    expect(spanish['iop.forWhom']).not.toBe(english['iop.forWhom'])
    expect(spanish['crisisLines.samhsa.name']).toBe('Línea Nacional de Ayuda de SAMHSA')
    expect(getFact('crisisLines.samhsa.languagesText', 'es')).toBe('inglés y español')
    expect(getFact('crisisLines.samhsa.languagesText', 'en')).toBe('English and Spanish')
  })

  it('stops with the name of the fact when its Spanish words are missing', () => {
    const data = realData()
    const iop = data.programs.find((p) => p.key === 'iop')!
    iop.forWhom = { en: iop.forWhom.en } as typeof iop.forWhom
    expect(() => parseBilingualFacts(data)).toThrow(/iop\.forWhom\.es: The Spanish words \(es:\) are missing/)
  })

  it('stops with the name of the fact when a text is written in one language only', () => {
    const data = realData()
    ;(data.continuingCare as { name: unknown }).name = 'Continuing Care Level'
    expect(() => parseBilingualFacts(data)).toThrow(/continuingCare\.name: Write this text in both languages/)
  })

  it('changes both languages when iop.weeks changes', () => {
    const data = realData()
    data.programs.find((p) => p.key === 'iop')!.weeks = 10
    const { en, es } = parseBilingualFacts(data)
    const [iopEn] = programSummaries(en)
    const [iopEs] = programSummaries(es)
    expect(iopEn.howLong).toMatch(/^10 weeks \(at least 30 meetings\)/)
    expect(iopEs.howLong).toMatch(/^10 semanas \(al menos 30 sesiones\)/)
    expect(iopEs.href).toBe('/es/programs/intensive-outpatient')
  })

  it('gives the programs side by side in Spanish from the same numbers', () => {
    const { es } = parseBilingualFacts(realData())
    const [iop, sacot, mm] = programSummaries(es)
    expect(iop.label).toBe('Programa Ambulatorio Intensivo (IOP)')
    expect(iop.howOften).toBe('3 veces por semana, con grupos por la mañana y por la noche')
    expect(iop.howLong).toBe('12 semanas (al menos 36 sesiones); después, si usted lo desea, el Nivel de Cuidado Continuo: una vez por semana durante 4 a 6 semanas')
    expect(sacot.includes.at(-1)).toBe('Una sesión familiar una vez por semana')
    expect(mm.howLong).toBe('Puede continuar, como servicio ambulatorio, cuando termine el IOP')
  })
})

describe('phrases in each language', () => {
  const en = phrasesFor('en')
  const es = phrasesFor('es')

  it('says how often', () => {
    expect([1, 2, 3].map(en.timesAWeek)).toEqual(['once a week', 'twice a week', '3 times a week'])
    expect([1, 2, 3].map(es.timesAWeek)).toEqual(['una vez por semana', '2 veces por semana', '3 veces por semana'])
  })

  it('joins lists with Intl.ListFormat', () => {
    expect(en.joinWithAnd(['a', 'b', 'c'])).toBe('a, b, and c')
    expect(es.joinWithAnd(['a', 'b', 'c'])).toBe('a, b y c')
    expect(en.groupTimes(['morning', 'evening'])).toBe('morning and evening')
    expect(es.groupTimes(['morning', 'evening'])).toBe('por la mañana y por la noche')
  })

  it('says lengths, 12-step meetings and languages', () => {
    expect(en.lengthWithMeetings(en.weeks(12), 36)).toBe('12 weeks (at least 36 meetings)')
    expect(es.lengthWithMeetings(es.weeks(12), 36)).toBe('12 semanas (al menos 36 sesiones)')
    expect(es.weeksRange(4, 6)).toBe('4 a 6 semanas')
    expect(es.twelveStep({ encouraged: true, required: false })).toBe('recomendadas, pero no obligatorias')
    expect(es.languageNames(['en', 'es'])).toBe('inglés y español')
  })
})

describe('the frame dictionaries', () => {
  it('has every English key in Spanish, each with words (the type forces it; this checks the values)', () => {
    expect(Object.keys(spanishWords).sort()).toEqual(Object.keys(englishWords).sort())
    for (const [key, value] of Object.entries(dictionaryFor('es'))) {
      const text = typeof value === 'function' ? (value as (x: string) => string)('Anuvia') : value
      expect(text.trim(), key).not.toBe('')
    }
  })

  it('has Spanish words that differ from the English, except names of languages', () => {
    const same = Object.keys(englishWords).filter((key) => {
      const a = englishWords[key as keyof typeof englishWords]
      const b = spanishWords[key as keyof typeof spanishWords]
      return typeof a === 'string' && a === b
    })
    expect(same).toEqual([])
    expect(spanishWords.languageName).toBe('Español')
  })

  it('names every reviewer role in Spanish', () => {
    expect(Object.keys(ROLE_NAMES).sort()).toEqual([...REVIEWER_ROLES].sort())
    expect(spanishWords.byThe('Web content team')).toBe('por el equipo de contenido web')
  })
})
