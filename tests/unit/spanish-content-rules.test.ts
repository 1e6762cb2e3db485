/**
 * The content check on Spanish pages: readability by the corrected Fernández-Huerta formula with
 * the limits of lib/base/content-rules.ts, NIDA's Spanish person-first words (with the program's
 * official English name allowed), and links from Spanish pages to Spanish pages.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { getAllPages } from '@/lib/content'
import { checkContent } from '@/lib/content-check'
import { fernandezHuerta, spanishCounts, spanishReadabilityOfText } from '@/lib/content-check/spanish-readability'
import { SPANISH_READABILITY_MINIMUM, spanishReadabilityMinimumFor } from '@/lib/base/content-rules'

const ROOT = process.cwd()
const TODAY = getAllPages()
  .map((p) => p.frontmatter.lastReviewed)
  .sort()
  .at(-1)!

const temporaryDirs: string[] = []
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A copy of content/ whose Spanish home page has `paragraph` added at its end. */
function spanishHomeWith(paragraph: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spanish-check-'))
  temporaryDirs.push(dir)
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })
  fs.appendFileSync(path.join(dir, 'es/index.mdx'), `\n${paragraph}\n`)
  return dir
}

const problemsIn = async (dir: string, file: string) => (await checkContent({ dir, today: TODAY })).problems.filter((p) => p.file.endsWith(file))

describe('Spanish readability (Fernández-Huerta, corrected)', () => {
  it('is 206.84 - 60 x syllables per word - 1.02 x words per sentence', () => {
    // "El gato come. La casa es azul.": 2 sentences, 7 words, 11 syllables.
    const counts = spanishCounts(['El gato come. La casa es azul.'])
    expect(counts).toEqual({ sentences: 2, words: 7, syllables: 11 })
    expect(fernandezHuerta(counts)).toBe(Math.round((206.84 - 60 * (11 / 7) - 1.02 * (7 / 2)) * 10) / 10)
  })

  it('scores short sentences of everyday words higher than long ones of long words', () => {
    const plain = spanishReadabilityOfText('Llame hoy. Le vamos a ayudar. Puede venir con su familia.')
    const dense = spanishReadabilityOfText(
      'La participación continuada en intervenciones terapéuticas multidisciplinarias proporciona oportunidades significativas de recuperación, especialmente cuando las características individuales de cada persona determinan la intensidad correspondiente del acompañamiento profesional.',
    )
    expect(plain).toBeGreaterThan(80)
    expect(dense).toBeLessThan(SPANISH_READABILITY_MINIMUM)
  })

  it('sets its minimums in one place: 65, and 70 for the home page, first steps and staying safe', () => {
    expect(SPANISH_READABILITY_MINIMUM).toBe(65)
    expect(['/es', '/es/get-help', '/es/staying-safe'].map(spanishReadabilityMinimumFor)).toEqual([70, 70, 70])
    expect(spanishReadabilityMinimumFor('/es/faq')).toBe(65)
  })

  it('fails a Spanish page below its minimum, naming the file, and lists its score', async () => {
    const long =
      'La participación continuada en intervenciones terapéuticas multidisciplinarias proporciona oportunidades significativas de recuperación, especialmente cuando las características individuales determinan la intensidad correspondiente del acompañamiento profesional especializado. '
    const dir = spanishHomeWith(long.repeat(40))
    const report = await checkContent({ dir, today: TODAY })
    const score = report.spanishScores.find((s) => s.file.endsWith('es/index.mdx'))!
    expect(score.score).toBeLessThan(70)
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/es\/index\.mdx$/), severity: 'error', message: expect.stringMatching(/Fernández-Huerta scale, below its minimum of 70/) }),
    )
  })
})

describe('person-first words in Spanish (NIDA, "Las palabras importan")', () => {
  it.each([
    ['adicto', 'Un adicto puede pedir ayuda.'],
    ['drogadicta', 'Su hija no es una drogadicta.'],
    ['toxicómanos', 'Los toxicómanos merecen respeto.'],
    ['alcohólico', 'Su padre es alcohólico.'],
    ['abuso de sustancias', 'El abuso de sustancias es un problema.'],
    ['limpio', 'Lleva un año limpio.'],
    ['sucia', 'La prueba salió sucia.'],
  ])('refuses "%s"', async (word, sentence) => {
    const problems = await problemsIn(spanishHomeWith(sentence), 'es/index.mdx')
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', message: `"${word}" can make people feel judged.`, hint: expect.stringMatching(/Las palabras importan/) }))
  })

  it("allows the program's official English name and Alcohólicos Anónimos", async () => {
    const problems = await problemsIn(
      spanishHomeWith('El Substance Abuse Comprehensive Outpatient Treatment (SACOT) es un programa. Hay grupos como Alcohólicos Anónimos.'),
      'es/index.mdx',
    )
    expect(problems.filter((p) => /feel judged/.test(p.message))).toEqual([])
  })

  it('does not take a word inside another word: "limpieza" is not "limpio"', async () => {
    const problems = await problemsIn(spanishHomeWith('La limpieza de la casa ayuda.'), 'es/index.mdx')
    expect(problems.filter((p) => /feel judged/.test(p.message))).toEqual([])
  })
})

describe('links on Spanish pages', () => {
  it('refuses a link to an English page that has a Spanish page, and says which to use', async () => {
    const problems = await problemsIn(spanishHomeWith('Vuelva al [inicio](/).'), 'es/index.mdx')
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/links to the English page "\/"/), hint: expect.stringMatching(/Link to \/es instead/) }))
  })

  it('accepts a link to the Spanish page', async () => {
    const problems = await problemsIn(spanishHomeWith('Vuelva al [inicio](/es).'), 'es/index.mdx')
    expect(problems.filter((p) => /links to the English page/.test(p.message))).toEqual([])
  })
})
