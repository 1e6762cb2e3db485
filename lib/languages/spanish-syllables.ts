/**
 * Counts the syllables of a Spanish word, for the Spanish readability score. A small module of our
 * own, tested against a list of words with diphthongs, triphthongs and hiatus
 * (tests/unit/spanish-syllables.test.ts): hyphenation patterns are not syllable counters (they
 * refuse one-letter pieces and never split a hiatus), and `syllable` counts English only.
 *
 * The rules (Real Academia Española, Ortografía 2010, 4.1.1):
 *   - every syllable has one vowel nucleus; consonants, h included, only separate nuclei;
 *   - two open vowels (a, e, o) side by side are two syllables (hiatus): le-er, po-e-ta;
 *   - an open and a closed vowel (i, u), or two closed vowels, are one (diphthong): tie-ne,
 *     ciu-dad, cui-da-do; closed-open-closed is one (triphthong): buey, U-ru-guay;
 *   - a closed vowel with an accent (í, ú) is a syllable of its own: dí-a, pa-ís, re-ír;
 *   - u is silent in que, qui, gue, gui (but not in güe, güi); y is a vowel at the end of a word
 *     (muy, hoy, y) and a consonant before a vowel (ya, ma-yo).
 * Numbers are counted as they are read: up to two digits as a number (12, "do-ce"), longer ones
 * digit by digit, as people read phone numbers (988, "nue-ve o-cho o-cho").
 */

const OPEN = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']) // accented i and u stand alone, like open vowels
const CLOSED = new Set(['i', 'u', 'ü', 'y'])

function isVowel(letter: string): boolean {
  return OPEN.has(letter) || CLOSED.has(letter)
}

/** The word as it sounds for counting: silent u removed, y as a consonant before a vowel. */
function sounding(word: string): string[] {
  const letters = [...word.normalize('NFC').toLocaleLowerCase('es')]
  const out: string[] = []
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i]
    const next = letters[i + 1]
    const previous = letters[i - 1]
    // que, qui, gue, gui: the u is not said.
    if (letter === 'u' && (previous === 'q' || previous === 'g') && next !== undefined && 'eiéí'.includes(next)) continue
    // y before a vowel is a consonant (ya, mayo); elsewhere a vowel (muy, hoy, y).
    if (letter === 'y' && next !== undefined && isVowel(next) && next !== 'y') {
      out.push('ʝ')
      continue
    }
    out.push(letter)
  }
  return out
}

/** The syllables of one Spanish word made of letters. */
export function countWordSyllables(word: string): number {
  if (/^\d+$/.test(word)) return countNumberSyllables(word)
  const letters = sounding(word)
  let count = 0
  let previous: string | undefined
  for (const letter of letters) {
    if (!isVowel(letter)) {
      previous = undefined
      continue
    }
    // A new nucleus starts at the first vowel of a run, and between two open vowels (hiatus).
    if (previous === undefined || (OPEN.has(previous) && OPEN.has(letter))) count += 1
    previous = letter
  }
  return Math.max(1, count)
}

const DIGIT_WORDS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
const TEENS = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve']
const TENS = ['', '', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa']
const TWENTIES = ['veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve']

/** 0 to 99 in Spanish words: 36 -> "treinta y seis". */
export function spanishNumberWords(n: number): string {
  if (n < 10) return DIGIT_WORDS[n]
  if (n < 20) return TEENS[n - 10]
  if (n < 30) return TWENTIES[n - 20]
  const unit = n % 10
  return unit === 0 ? TENS[Math.floor(n / 10)] : `${TENS[Math.floor(n / 10)]} y ${DIGIT_WORDS[unit]}`
}

function countNumberSyllables(digits: string): number {
  const words = digits.length <= 2 ? spanishNumberWords(Number(digits)).split(' ') : [...digits].map((d) => DIGIT_WORDS[Number(d)])
  return words.reduce((sum, w) => sum + countWordSyllables(w), 0)
}
