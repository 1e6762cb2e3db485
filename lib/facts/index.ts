/**
 * The program facts: the one way into `content/program-facts.yaml`, which staff edit.
 *
 * It reads the file, checks it with zod, works out what follows from it (total meetings
 * = sessions a week x weeks), rejects data that contradicts itself, and gives the names pages use
 * to ask for facts. It runs when the module loads, so bad data stops `next build` with the file,
 * the line, the field and what to do.
 *
 * Two languages, one set of facts: numbers, phone numbers and dates are written once; every text a
 * page shows is written in English and Spanish side by side (`forWhom: { en: …, es: … }`), and a
 * missing Spanish text is an error that names the fact. Phrases made from facts ("N times a week",
 * "N veces por semana") come from one module per language (lib/languages/phrases/), never from here.
 *
 * The parts: fields.ts and schema.ts (the rules, with each field's label for the editor),
 * derive.ts (what follows from the facts), read.ts (reading a file, with lines in messages),
 * named.ts (facts by dotted name for MDX), current.ts (the site's facts, live in edit mode),
 * summaries.ts (the programs side by side).
 */
export * from '@/lib/facts/current'
export * from '@/lib/facts/derive'
export { FACTS_FILE, GROUP_TIMES, PHONE_MESSAGE, PHONE_PATTERN, type FactFieldMeta } from '@/lib/facts/fields'
export * from '@/lib/facts/named'
export * from '@/lib/facts/read'
export * from '@/lib/facts/schema'
export * from '@/lib/facts/summaries'
