/**
 * The writing rules the content check applies, in one place. Staff may ask a developer to change
 * a limit here; every page is checked against the same values.
 */

/** Highest Flesch-Kincaid grade a page may have. Plain-language guidance aims at grade 8 or lower. */
export const READING_GRADE_LIMIT = 8

/** A page within this many grades of the limit gets a warning, so it can be simplified in time. */
export const READING_GRADE_WARNING_MARGIN = 0.5

export interface WordRule {
  /** Matched as whole words, ignoring case. */
  pattern: RegExp
  /** What to write instead. */
  instead: string
}

/**
 * Stigmatizing words and what to use instead, from NIDA's "Words Matter" guidance
 * (https://nida.nih.gov/research-topics/addiction-science/words-matter-preferred-language-talking-about-addiction).
 */
export const PERSON_FIRST_WORDS: WordRule[] = [
  { pattern: /\b(?:former|reformed|recovering)\s+(?:addicts?|alcoholics?)\b/gi, instead: '"person in recovery" or "person who used to use drugs"' },
  { pattern: /\baddicts?\b/gi, instead: '"person with a substance use disorder"' },
  { pattern: /\b(?:drug |substance |alcohol )?abusers?\b/gi, instead: '"person with a substance use disorder"' },
  { pattern: /\bjunkies?\b/gi, instead: '"person with a substance use disorder"' },
  { pattern: /\b(?:drug|substance|alcohol|opioid) users?\b/gi, instead: '"person who uses drugs"' },
  { pattern: /\balcoholics?\b/gi, instead: '"person with an alcohol use disorder"' },
  { pattern: /\bdrunks?\b/gi, instead: '"person with an alcohol use disorder"' },
  { pattern: /\b(?:drug|substance|alcohol) abuse\b/gi, instead: '"substance use" or "substance use disorder"' },
  { pattern: /\b(?:drug|alcohol) habits?\b/gi, instead: '"substance use disorder"' },
  { pattern: /\bclean\b/gi, instead: '"in recovery" or "not using" for a person; "testing negative" for a test result' },
  { pattern: /\bdirty\b/gi, instead: '"actively using" for a person; "testing positive" for a test result' },
]

/**
 * Proper names that contain a word from the list above and must stay as they are. A match inside
 * one of these is not reported.
 */
export const PROPER_NAME_ALLOW_LIST: string[] = [
  'Substance Abuse Comprehensive Outpatient Treatment',
  'Substance Abuse Intensive Outpatient Program',
  'Substance Abuse and Mental Health Services Administration',
  'Alcoholics Anonymous',
  'National Institute on Drug Abuse',
]

/**
 * Reading grade limits by page address. Plain-language guidance aims at grade 8; pages people
 * read at a hard moment (the home page, first steps, staying safe) aim lower.
 */
export const READING_GRADE_LIMITS_BY_ROUTE: Readonly<Record<string, number>> = {
  '/': 6,
  '/get-help': 6,
  '/staying-safe': 6,
}

/** The reading grade limit for the page at `route`. */
export function readingGradeLimitFor(route: string): number {
  return READING_GRADE_LIMITS_BY_ROUTE[route] ?? READING_GRADE_LIMIT
}

/**
 * Who may be named in the `reviewedBy` of a page that gives no health or legal guidance: roles,
 * not people, and only roles that really review pages. A page names the role of whoever last
 * checked it, and claims no other review. A guidance page, and a Spanish page's translation, are
 * signed off instead, by a named person (lib/content/sign-off.ts).
 */
export const REVIEWER_ROLES = [
  'Web content team',
  'Clinical director',
  'Medical director',
  'Licensed clinician',
  'Privacy officer',
  'Qualified translator',
] as const

export type ReviewerRole = (typeof REVIEWER_ROLES)[number]

/**
 * What a page's `guidance` field may say it gives: general health or legal guidance. Such a page
 * lists its sources, and until a clinical reviewer signs off its text the content check lists it as waiting.
 */
export const GUIDANCE_KINDS = ['health', 'legal'] as const

export type GuidanceKind = (typeof GUIDANCE_KINDS)[number]

// ---------------------------------------------------------------------------------------------
// Spanish pages
// ---------------------------------------------------------------------------------------------

/**
 * Lowest Spanish readability a page may have, on the Fernández-Huerta scale in its corrected form
 * (206.84 - 60 x syllables per word - 1.02 x words per sentence; higher is easier). On the INFLESZ
 * bands (Barrio-Cantalejo 2008) 65-80 is "bastante fácil", over 80 "muy fácil".
 */
export const SPANISH_READABILITY_MINIMUM = 65

/** A Spanish page within this many points of its minimum gets a warning, to simplify in time. */
export const SPANISH_READABILITY_WARNING_MARGIN = 2

/** Pages people read at a hard moment ask for easier Spanish, as their English pages do. */
export const SPANISH_READABILITY_MINIMUMS_BY_ROUTE: Readonly<Record<string, number>> = {
  '/es': 70,
  '/es/get-help': 70,
  '/es/staying-safe': 70,
}

export function spanishReadabilityMinimumFor(route: string): number {
  return SPANISH_READABILITY_MINIMUMS_BY_ROUTE[route] ?? SPANISH_READABILITY_MINIMUM
}

/**
 * Stigmatizing Spanish words and what to use instead, from NIDA's Spanish "Las palabras importan"
 * (https://nida.nih.gov/es/node/38234, "Las palabras importan: términos preferidos al hablar de la adicción").
 * Matched as whole words, ignoring case; letters with accents count as letters.
 */
export const SPANISH_PERSON_FIRST_WORDS: WordRule[] = [
  { pattern: /(?<!\p{L})(?:drog)?adict[oa]s?(?!\p{L})/giu, instead: '"persona con un trastorno por consumo de sustancias"' },
  { pattern: /(?<!\p{L})toxicóman[oa]s?(?!\p{L})/giu, instead: '"persona con un trastorno por consumo de sustancias"' },
  { pattern: /(?<!\p{L})alcohólic[oa]s?(?!\p{L})/giu, instead: '"persona con un trastorno por consumo de alcohol"' },
  { pattern: /(?<!\p{L})borrach[oa]s?(?!\p{L})/giu, instead: '"persona con un trastorno por consumo de alcohol"' },
  { pattern: /(?<!\p{L})abusador(?:a|es|as)?(?!\p{L})/giu, instead: '"persona con un trastorno por consumo de sustancias"' },
  { pattern: /(?<!\p{L})abuso\s+de\s+(?:sustancias|drogas|alcohol|opioides)(?!\p{L})/giu, instead: '"consumo de sustancias" o "trastorno por consumo de sustancias"' },
  { pattern: /(?<!\p{L})limpi[oa]s?(?!\p{L})/giu, instead: '"en recuperación" o "que no consume" para una persona; "resultado negativo" para una prueba' },
  { pattern: /(?<!\p{L})suci[oa]s?(?!\p{L})/giu, instead: '"que consume activamente" para una persona; "resultado positivo" para una prueba' },
  { pattern: /(?<!\p{L})vicio(?:s)?(?!\p{L})/giu, instead: '"trastorno por consumo de sustancias"' },
]

/** Proper names in Spanish text that contain a word from the list above and stay as they are. */
export const SPANISH_PROPER_NAME_ALLOW_LIST: string[] = ['Alcohólicos Anónimos', 'Instituto Nacional sobre el Abuso de Drogas']
