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
  'Substance Abuse and Mental Health Services Administration',
  'Alcoholics Anonymous',
  'National Institute on Drug Abuse',
]
