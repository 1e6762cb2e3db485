/**
 * The site's facts, read once from content/program-facts.yaml when this module loads, so bad data
 * stops `next build` with the file, the line, the field and what to do.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import path from 'node:path'
import { localeOfRoute, type Locale } from '@/lib/base/addresses'
import { closestName } from '@/lib/base/suggest'
import { type Phone, type Program, type ProgramFacts } from '@/lib/facts/derive'
import { FACTS_FILE } from '@/lib/facts/fields'
import { namedFactsOf, type FactValue } from '@/lib/facts/named'
import { loadBilingualFacts, parseBilingualFacts } from '@/lib/facts/read'

/**
 * In edit mode (`npm run edit`), what the file says now: the facts are read again whenever the
 * file has changed since they were last read, so the preview shows a saved fact on the next visit
 * without a restart. A file that cannot be read keeps the last good facts (the editor refuses to
 * save such a file; only a change made by hand can cause one, and Content problems reports it).
 */
const editMode = process.env.ANUVIA_EDIT === '1'
const factsPath = path.join(process.cwd(), FACTS_FILE)

interface Loaded {
  stamp: string
  /** The facts in each language, from one reading of the file. */
  facts: Record<Locale, ProgramFacts>
  named: Record<Locale, Record<string, FactValue>>
  /** The same names in both languages. */
  names: string[]
  listNames: string[]
}

function load(): Loaded {
  return loadedFrom(fileStamp(), loadBilingualFacts(factsPath))
}

function loadedFrom(stamp: string, f: Record<Locale, ProgramFacts>): Loaded {
  const named = { en: namedFactsOf(f.en), es: namedFactsOf(f.es) }
  const names = Object.keys(named.en)
  return { stamp, facts: f, named, names, listNames: names.filter((name) => Array.isArray(named.en[name])) }
}

/** Facts proposed by a save, seen only by the check that runs inside withProposedFacts. */
const proposed = new AsyncLocalStorage<Loaded>()

/**
 * Runs `check` (and everything it awaits) with these facts in place of the file's: the editor's
 * save check reads every page against the facts a save would write. Every other request, and
 * everything outside `check`, keeps the file's facts. Facts the schema refuses throw, as reading
 * the file would.
 */
export function withProposedFacts<T>(input: unknown, check: () => T): T {
  return proposed.run(loadedFrom('proposed', parseBilingualFacts(input)), check)
}

function fileStamp(): string {
  const stat = fs.statSync(factsPath, { throwIfNoEntry: false })
  return stat ? `${stat.mtimeMs}:${stat.size}` : ''
}

let loaded = load()

function current(): Loaded {
  const overlay = proposed.getStore()
  if (overlay) return overlay
  if (editMode && fileStamp() !== loaded.stamp) {
    try {
      loaded = load()
    } catch (error) {
      console.error((error as Error).message)
    }
  }
  return loaded
}

/**
 * A value that is always the current facts' (the file's, read again in edit mode when it changed,
 * or those of withProposedFacts), for modules that read `facts.x` directly.
 */
function live<T extends object>(pick: (l: Loaded) => T): T {
  const target = (Array.isArray(pick(loaded)) ? [] : {}) as T
  return new Proxy(target, {
    get: (_, key) => {
      const value = pick(current())
      const member = Reflect.get(value, key)
      return typeof member === 'function' && Array.isArray(value) ? member.bind(value) : member
    },
    has: (_, key) => Reflect.has(pick(current()), key),
    ownKeys: () => Reflect.ownKeys(pick(current())),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(pick(current()), key)
      return descriptor && key !== 'length' ? { ...descriptor, configurable: true } : descriptor
    },
  })
}

/** The site's facts, in each language. Loading this module with bad data fails the build. */
const factsByLocale: Record<Locale, ProgramFacts> = { en: live((l) => l.facts.en), es: live((l) => l.facts.es) }

/** The facts in English, for code that has no page language (messages, the editor). */
export const facts: ProgramFacts = factsByLocale.en

/** The facts in the language of a page. */
export function factsFor(locale: Locale): ProgramFacts {
  return factsByLocale[locale]
}

/** One program by its key; a wrong key is a programming error. */
export function programByKey(key: string, f: ProgramFacts = facts): Program {
  const program = f.programs.find((p) => p.key === key)
  if (!program) throw new Error(`No program has the key "${key}" in ${FACTS_FILE}.`)
  return program
}

/** The program a page describes, by its address; undefined for other pages. */
export function programAt(route: string, f: ProgramFacts = factsFor(localeOfRoute(route))): Program | undefined {
  return f.programs.find((p) => p.href === route)
}

export const namedFacts: Record<string, FactValue> = live((l) => l.named.en)
const namedFactsByLocale: Record<Locale, Record<string, FactValue>> = { en: namedFacts, es: live((l) => l.named.es) }

/** Every fact name that staff can use in MDX, for the content check, the editor and suggestions. */
export const factNames: readonly string[] = live((l) => l.names)

/** The names of facts that are lists, which <FactList> shows. */
export const listFactNames: readonly string[] = live((l) => l.listNames)

export class UnknownFactError extends Error {}

/** Looks a fact up by name; an unknown name throws with the closest valid names suggested. */
export function getFact(name: string, locale: Locale = 'en'): FactValue {
  const named = namedFactsByLocale[locale]
  // Own names only: "constructor" or "toString" are no facts (L10).
  if (!Object.hasOwn(named, name)) {
    const suggestion = closestName(name, factNames)
    throw new UnknownFactError(
      `There is no fact called "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} The names are listed in CONTENT.md.`,
    )
  }
  return named[name]
}

/** Which phone line: the program's own, or one of the crisis lines. */
export type PhoneLine = 'program' | keyof ProgramFacts['crisisLines']

export const phoneLines: readonly PhoneLine[] = ['program', ...(Object.keys(facts.crisisLines) as PhoneLine[])]

export function isPhoneLine(line: unknown): line is PhoneLine {
  return typeof line === 'string' && (phoneLines as readonly string[]).includes(line)
}

export function phoneFor(line: PhoneLine, f: ProgramFacts = facts): Phone {
  // Numbers are written once: they are the same in every language.
  return line === 'program' ? f.phone : f.crisisLines[line].phone
}
