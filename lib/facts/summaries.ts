/** The programs side by side: the /programs table, the cards, the program menu, structured data. */
import { capitalize, phrasesFor } from '@/lib/languages/phrases'
import { type ProgramFacts } from '@/lib/facts/derive'
import { facts } from '@/lib/facts/current'

export interface ProgramSummary {
  key: string
  name: string
  shortName?: string
  /** "Intensive Outpatient Program (IOP)": the name as links and headings show it. */
  label: string
  href: string
  forWhom: string
  /** Undefined where the facts do not say: the page then says to ask, and invents nothing. */
  howOften?: string
  howLong?: string
  includes: readonly string[]
}

export function programSummaries(f: ProgramFacts = facts): ProgramSummary[] {
  const say = phrasesFor(f.locale)
  const cc = f.continuingCare
  return f.programs.map((p) => {
    const groups = p.groupTimesText && p.howOften ? say.schedule(p.howOften, p.groupTimesText) : p.howOften
    const length = p.howLong && p.totalMeetings ? say.lengthWithMeetings(p.howLong, p.totalMeetings) : p.howLong
    const stepDown = cc.partOf === p.key ? say.stepDown({ optional: cc.optional, name: cc.name, howOften: cc.howOften, howLong: cc.howLong }) : undefined
    return {
      key: p.key,
      name: p.name,
      shortName: p.shortName,
      label: p.shortName ? `${p.name} (${p.shortName})` : p.name,
      href: p.href,
      forWhom: capitalize(p.forWhom),
      howOften: groups,
      howLong: p.continuesAfterText
        ? p.continuesAfterText
        : length && stepDown
          ? say.thenStepDown(length, stepDown)
          : length,
      includes: p.includes,
    }
  })
}
