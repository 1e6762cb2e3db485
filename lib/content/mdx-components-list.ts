/**
 * The components staff may use inside MDX, by name, with the props each one takes: the one list
 * that `mdx-components.tsx` (which maps each name to its React component), the page allow-list
 * (lib/content/mdx-allow-list.ts, run by the content check and by the MDX compile of `next build`) and the
 * editor all read. A name added here and not mapped there, or mapped there and not listed here,
 * fails the type check.
 *
 * `kind` says what a component is as text, for the FAQ's search data and the reading grade:
 *   - "fact":  words from the program facts, inside a sentence (<Fact>, <PhoneLink>);
 *   - "list":  a list of facts (<FactList>);
 *   - "aside": a panel beside the text (call us, crisis lines): not words of the text around it;

 *   - "block": a block built from the facts (cards, table): not words of a question's answer;
 *   - "citation": a small numbered link to one of the page's sources (<Cite>): not words of the text.
 *
 * `props` is every prop a page may give, and how it is written. Nothing else is accepted:
 *   - "text":   in quotes, like name="iop.weeks";
 *   - "number": digits in quotes, like n="3";
 *   - "flag":   the bare name, which means true, like <PhoneLink sms />.
 * `children` says whether text may go between the opening and the closing tag.
 */
export type PropKind = 'text' | 'number' | 'flag'

export interface PropRule {
  kind: PropKind
  required?: true
}

export interface ComponentRule {
  kind: 'fact' | 'list' | 'aside' | 'block' | 'citation'
  props: Readonly<Record<string, PropRule>>
  children: boolean
}

export const MDX_COMPONENTS = {
  CallUs: { kind: 'aside', props: {}, children: true },
  Cite: { kind: 'citation', props: { source: { kind: 'text', required: true } }, children: false },
  CrisisHelp: { kind: 'aside', props: {}, children: false },
  Fact: { kind: 'fact', props: { name: { kind: 'text', required: true } }, children: false },
  FactList: { kind: 'list', props: { name: { kind: 'text', required: true } }, children: false },
  PhoneLink: { kind: 'fact', props: { line: { kind: 'text' }, label: { kind: 'text' }, sms: { kind: 'flag' } }, children: false },
  ProgramCards: { kind: 'block', props: {}, children: false },
  ProgramComparison: { kind: 'block', props: {}, children: false },
} as const satisfies Record<string, ComponentRule>

export type MdxComponentName = keyof typeof MDX_COMPONENTS

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[]

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name)
}
