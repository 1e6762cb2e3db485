/**
 * The Spanish syllable counter against words whose syllables the Real Academia Española's rules
 * settle (Ortografía 2010, 4.1.1): diphthongs, triphthongs, hiatus (with and without an accent),
 * silent u, y as vowel and as consonant, and numbers as they are read.
 */
import { describe, expect, it } from 'vitest'
import { countWordSyllables, spanishNumberWords } from '@/lib/languages/spanish-syllables'

const WORDS: [word: string, syllables: number, shown: string][] = [
  // Diphthongs: an open and a closed vowel, or two closed vowels, are one syllable.
  ['tiene', 2, 'tie-ne'],
  ['ciudad', 2, 'ciu-dad'],
  ['cuidado', 3, 'cui-da-do'],
  ['ruido', 2, 'rui-do'],
  ['viuda', 2, 'viu-da'],
  ['aula', 2, 'au-la'],
  ['aceite', 3, 'a-cei-te'],
  ['huevo', 2, 'hue-vo'],
  ['antiguo', 3, 'an-ti-guo'],
  ['europeo', 4, 'eu-ro-pe-o'],
  ['emergencia', 4, 'e-mer-gen-cia'],
  ['sustancias', 3, 'sus-tan-cias'],
  ['familia', 3, 'fa-mi-lia'],
  ['tratamiento', 4, 'tra-ta-mien-to'],
  ['ambulatorio', 5, 'am-bu-la-to-rio'],
  ['respiración', 4, 'res-pi-ra-ción'],
  ['recuperación', 5, 're-cu-pe-ra-ción'],
  ['psiquiátrica', 4, 'psi-quiá-tri-ca'],
  // Triphthongs: closed, open, closed.
  ['buey', 1, 'buey'],
  ['Uruguay', 3, 'U-ru-guay'],
  ['estudiáis', 3, 'es-tu-diáis'],
  // Hiatus: two open vowels.
  ['leer', 2, 'le-er'],
  ['poeta', 3, 'po-e-ta'],
  ['teatro', 3, 'te-a-tro'],
  ['océano', 4, 'o-cé-a-no'],
  ['aéreo', 4, 'a-é-re-o'],
  ['zoológico', 5, 'zo-o-ló-gi-co'],
  ['héroe', 3, 'hé-ro-e'],
  ['naloxona', 4, 'na-lo-xo-na'],
  // Hiatus: a closed vowel with an accent stands alone.
  ['día', 2, 'dí-a'],
  ['tía', 2, 'tí-a'],
  ['país', 2, 'pa-ís'],
  ['maíz', 2, 'ma-íz'],
  ['reír', 2, 're-ír'],
  ['oído', 3, 'o-í-do'],
  ['caída', 3, 'ca-í-da'],
  ['transeúnte', 4, 'tran-se-ún-te'],
  ['dieciséis', 3, 'die-ci-séis'],
  // h between vowels.
  ['ahora', 3, 'a-ho-ra'],
  ['alcohol', 3, 'al-co-hol'],
  ['ahí', 2, 'a-hí'],
  ['prohíbe', 3, 'pro-hí-be'],
  ['búho', 2, 'bú-ho'],
  // Silent u in que, qui, gue, gui; said in güe, güi.
  ['queso', 2, 'que-so'],
  ['quiero', 2, 'quie-ro'],
  ['aquí', 2, 'a-quí'],
  ['guerra', 2, 'gue-rra'],
  ['guion', 1, 'guion'],
  ['pingüino', 3, 'pin-güi-no'],
  // y: a vowel at the end of a word, a consonant before a vowel.
  ['muy', 1, 'muy'],
  ['hoy', 1, 'hoy'],
  ['y', 1, 'y'],
  ['ya', 1, 'ya'],
  ['mayo', 2, 'ma-yo'],
  ['ayuda', 3, 'a-yu-da'],
  // Everyday words of these pages.
  ['usted', 2, 'us-ted'],
  ['llame', 2, 'lla-me'],
  ['sobredosis', 4, 'so-bre-do-sis'],
  ['medicamentos', 5, 'me-di-ca-men-tos'],
  ['consumo', 3, 'con-su-mo'],
]

describe('Spanish syllables', () => {
  it.each(WORDS)('%s has %i syllables (%s)', (word, syllables) => {
    expect(countWordSyllables(word)).toBe(syllables)
  })

  it('counts words in capitals and with a capital the same', () => {
    expect(countWordSyllables('ATENCIÓN')).toBe(3)
    expect(countWordSyllables('Océano')).toBe(4)
  })

  it('reads a number of one or two digits as a number, a longer one digit by digit', () => {
    expect(spanishNumberWords(12)).toBe('doce')
    expect(spanishNumberWords(36)).toBe('treinta y seis')
    expect(countWordSyllables('12')).toBe(2) // do-ce
    expect(countWordSyllables('36')).toBe(4) // trein-ta y seis
    expect(countWordSyllables('988')).toBe(6) // nue-ve o-cho o-cho
    expect(countWordSyllables('911')).toBe(6) // nue-ve u-no u-no
  })
})
