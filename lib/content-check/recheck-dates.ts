/**
 * Claims that know when to be checked again. Laws, Medicaid rules and helplines change on dates we
 * can know, so a source a page cites (and a fact in the facts file) can carry `recheckBy`: the date
 * by which someone must read it again. From RECHECK_WARNING_DAYS before that date the check warns;
 * after it, the check fails, so a rule that may have changed does not stay on the site unread.
 * Each message names the page or fact, the source and the date, in words staff can act on.
 */
import type { Finding } from '@/lib/content-check/types'

/** How many days before its recheck date a source or fact starts to be reported. */
export const RECHECK_WARNING_DAYS = 30

/** Whole days from `from` to `to`, both YYYY-MM-DD (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** Whether a recheck date is due: 'overdue' after it, 'soon' within the warning window, else undefined. */
export function recheckState(recheckBy: string, today: string): 'overdue' | 'soon' | undefined {
  const days = daysBetween(today, recheckBy)
  if (days < 0) return 'overdue'
  if (days <= RECHECK_WARNING_DAYS) return 'soon'
  return undefined
}

interface RecheckedSource {
  id: string
  title: string
  url: string
  recheckBy?: string
}

/** A source's findings: `line` is where its recheckBy is written, when known. */
export function checkSourceRecheck(source: RecheckedSource, index: number, today: string, line?: number): Finding[] {
  if (!source.recheckBy) return []
  const state = recheckState(source.recheckBy, today)
  if (!state) return []
  const field = `sources, item ${index + 1}, recheckBy`
  const what = `The source "${source.title}" (${source.id})`
  if (state === 'overdue') {
    return [
      {
        line,
        column: 1,
        field,
        message: `${what} had to be read again by ${source.recheckBy}, and that date has passed. The rule it describes may have changed.`,
        hint: `Open ${source.url} and check that the page still says what it says. Then set accessed to today and recheckBy to the next date the rule can change (or remove recheckBy if it no longer has one).`,
        severity: 'error',
      },
    ]
  }
  return [
    {
      line,
      column: 1,
      field,
      message: `${what} must be read again by ${source.recheckBy} (in ${daysBetween(today, source.recheckBy)} days). The rule it describes may change then.`,
      hint: `Before ${source.recheckBy}, open ${source.url} and check that the page still says what it says. Then set accessed to today and recheckBy to the next date the rule can change.`,
      severity: 'warning',
    },
  ]
}

/** The line of the n-th "recheckBy:" in a page's file (counting from 0), for the report. */
export function recheckLine(source: string, n: number): number | undefined {
  let seen = -1
  const index = source.split(/\r?\n/).findIndex((line) => /^\s*(-\s+)?recheckBy:/.test(line) && ++seen === n)
  return index === -1 ? undefined : index + 1
}

/** A fact with a recheck date: its name as pages use it (crisisLines.suicideAndCrisis) and its label. */
export interface RecheckedFact {
  name: string
  label: string
  recheckBy: string
}

/** A fact's findings, reported against the facts file. */
export function checkFactRecheck(fact: RecheckedFact, today: string, line?: number): Finding[] {
  const state = recheckState(fact.recheckBy, today)
  if (!state) return []
  const what = `The fact "${fact.label}" (${fact.name})`
  return [
    {
      line,
      column: 1,
      field: `${fact.name}, recheckBy`,
      message:
        state === 'overdue'
          ? `${what} had to be checked again by ${fact.recheckBy}, and that date has passed. It may no longer be true.`
          : `${what} must be checked again by ${fact.recheckBy} (in ${daysBetween(today, fact.recheckBy)} days). It may change then.`,
      hint: 'Check the fact against its publisher, correct it if it changed, then set recheckBy to the next date it can change (or remove recheckBy).',
      severity: state === 'overdue' ? 'error' : 'warning',
    },
  ]
}

/** The crisis lines' recheck dates, as findings against the facts file (`factsSource` is its text, for lines). */
export function checkCrisisLineRechecks(
  crisisLines: Readonly<Record<string, { name: string; recheckBy?: string }>>,
  factsSource: string,
  today: string,
): Finding[] {
  const lines = factsSource.split(/\r?\n/)
  return Object.entries(crisisLines).flatMap(([key, line]) => {
    if (!line.recheckBy) return []
    const start = lines.findIndex((text) => new RegExp(`^\\s+${key}:\\s*$`).test(text))
    const offset = start === -1 ? -1 : lines.slice(start).findIndex((text) => /^\s+recheckBy:/.test(text))
    return checkFactRecheck({ name: `crisisLines.${key}`, label: line.name, recheckBy: line.recheckBy }, today, offset === -1 ? undefined : start + offset + 1)
  })
}
