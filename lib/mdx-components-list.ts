/**
 * The components staff may use inside MDX, by name: the one list that `mdx-components.tsx` (which
 * maps each name to its React component), the content check and the editor all read. A name added
 * here and not mapped there, or mapped there and not listed here, fails the type check.
 *
 * `kind` says what a component is as text, for the FAQ's search data and the reading grade:
 *   - "fact":  words from the program facts, inside a sentence (<Fact>, <PhoneLink>);
 *   - "list":  a list of facts (<FactList>);
 *   - "aside": a panel beside the text (call us, crisis lines): not words of the text around it;
 *   - "block": a block built from the facts (cards, table): not words of a question's answer;
 *   - "citation": a small numbered link to one of the page's sources (<Cite>): not words of the text.
 */
export const MDX_COMPONENTS = {
  CallUs: { kind: 'aside' },
  Cite: { kind: 'citation' },
  CrisisHelp: { kind: 'aside' },
  Fact: { kind: 'fact' },
  FactList: { kind: 'list' },
  PhoneLink: { kind: 'fact' },
  ProgramCards: { kind: 'block' },
  ProgramComparison: { kind: 'block' },
} as const satisfies Record<string, { kind: 'fact' | 'list' | 'aside' | 'block' | 'citation' }>

export type MdxComponentName = keyof typeof MDX_COMPONENTS

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[]

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name)
}
