/**
 * Program facts: the one place where the site's facts are written.
 *
 * Staff: change a value here and every page that shows it changes when the site is rebuilt.
 * Pages ask for these facts by name, for example <Fact name="iop.weeks" /> (see CONTENT.md).
 * Facts that follow from others (such as the total number of IOP meetings) are worked out for
 * you: do not add them here. `npm run content:check` tells you, in plain words, if something
 * here is missing or contradicts something else.
 *
 * Only write what Anuvia has confirmed. A fact we do not know yet (street address, opening
 * hours) is simply left out, and the site then shows nothing for it.
 */
import type { ProgramFactsInput } from '@/lib/program-facts'

export const programFactsData = {
  organization: {
    name: 'Anuvia',
    // The main phone number, in international form: + then country code 1 then 10 digits.
    // The site shows it as 704-376-7447 and links it for tap-to-call.
    phone: '+17043767447',
  },

  crisisLines: {
    // Public lines anyone in the United States can use, day or night.
    suicideAndCrisis: { name: '988 Suicide & Crisis Lifeline', number: '988', text: true },
    emergency: { name: 'Emergency services', number: '911', text: false },
    samhsa: {
      name: "SAMHSA's National Helpline",
      number: '+18006624357',
      text: false,
      note: 'Free, confidential treatment referral and information, every day of the year.',
    },
  },

  // About half of people who have a substance use disorder at some point in their lives also
  // face a mental illness, and the other way around.
  coOccurringShare: 'about half',

  iop: {
    name: 'Intensive Outpatient Program',
    shortName: 'IOP',
    slug: 'intensive-outpatient',
    forWhom: 'People with a serious substance use problem who do not need a stay in a hospital or residential center',
    sessionsPerWeek: 3,
    weeks: 12,
    groupTimes: ['morning', 'evening'],
    helpsYou: [
      'Find out what sets off your substance use (your triggers)',
      'Learn new ways to cope',
      'Make better choices',
      'Write a plan to prevent relapse',
    ],
    includes: ['Group therapy', 'Individual therapy', '12-step meetings'],
  },
  continuingCare: {
    name: 'Continuing Care Level',
    partOf: 'iop',
    optional: true,
    sessionsPerWeek: 1,
    minWeeks: 4,
    maxWeeks: 6,
  },
  sacot: {
    name: 'Substance Abuse Comprehensive Outpatient Treatment',
    shortName: 'SACOT',
    slug: 'sacot',
    forWhom: 'People with severe substance use, a history of relapse, and mental health conditions',
    frequency: 'Every day, with a set structure',
    model: 'Integrated Dual Disorders Treatment',
    includes: ['Case management', 'Group therapy', 'Substance use education', 'A family session every week'],
  },
  medicationManagement: {
    name: 'Medication Management',
    slug: 'medication-management',
    forWhom: 'Anyone enrolled in any Anuvia program, when their care team refers them',
    includes: ['A psychiatric evaluation', 'Follow-up visits to manage your medicine'],
    continuesAfterIop: true,
  },
} as const satisfies ProgramFactsInput
