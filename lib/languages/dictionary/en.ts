/**
 * The site frame's words in English: header, footer, crisis line, menus, page foot, panels. The
 * Spanish dictionary (es.ts) is typed from this one, so it must have every key: a word added here
 * and not there fails the type check. Words from the facts (program names, crisis line names) are
 * not here: they are in content/program-facts.yaml, in both languages.
 */
export const en = {
  languageName: 'English',
  skipLink: 'Skip to main content',
  tagline: 'Substance use treatment programs',
  siteName: 'Anuvia treatment programs',
  home: 'Home',
  menu: 'Menu',
  mainNavLabel: 'Main',
  footerNavLabel: 'Footer',
  breadcrumbLabel: 'Breadcrumb',
  call: 'Call',
  callInSentence: 'call',
  orText: 'or text',
  /**
   * How to reach the 988 Lifeline in Spanish (988lifeline.org, "What to expect": on a call press 2;
   * by text send the word AYUDA). Empty in English: said only on Spanish pages.
   */
  lifelineCallInSpanish: '',
  lifelineTextInSpanish: '',
  inCrisis: 'In crisis?',
  inAnEmergencyCall: 'In an emergency, call',
  overdoseAndStayingSafe: 'Overdose and staying safe',
  talkToUs: 'Talk to us',
  callOrganizationAt: (organization: string) => `Call ${organization} at`,
  helpRightNow: 'Help right now',
  onThisSite: 'On this site',
  footerDisclaimer: 'This site gives information about our programs. It does not diagnose any condition or replace advice from a health professional.',
  ourPrograms: 'Our programs',
  comparePrograms: 'Compare the programs',
  sources: 'Sources',
  sourcesIntro: 'General health and legal information on this page comes from these public sources. A small number in the text links to its source.',
  /** Before a citation's number, for screen readers: "source 3". */
  citationWord: 'source',
  readOn: 'Read on',
  /** After a source in the other language: on English pages, a source in Spanish. */
  inOtherLanguage: 'In Spanish',
  pageLastReviewed: 'Page last reviewed:',
  byThe: (role: string) => `by the ${role.toLowerCase()}`,
  nextReviewDue: 'Next review due:',
  awaitsClinicalReview: 'A clinician has not yet reviewed this page.',
  /** On a page that gives guidance, whose review is a named sign-off, not a role typed by hand. */
  pageLastUpdated: 'Page last updated:',
  /** Before the date of a clinical sign-off: "Reviewed by Dana Reyes, LCAS, a clinician, on". */
  clinicallyReviewedBy: (name: string) => `Reviewed by ${name}, a clinician, on`,
  changedSinceClinicalReview: 'This page has changed since a clinician last reviewed it. It awaits their review again.',
  howWeWrite: 'How we write and check these pages',
  webAddress: 'Web address:',
  askUsWhenYouCall: 'Ask us when you call',
  callUsLabel: (organization: string) => `Call ${organization}`,
  callUsLine: 'You do not have to work this out alone. Call us to ask questions and learn about our programs.',
  crisisHelpTitle: 'If you are in crisis now',
  crisisHelpEmergency: 'if you or someone else is in danger, call',
  crisisHelpAnyTime: ', any time, day or night.',
  inLanguages: (languages: string) => `In ${languages}.`,
  crisisHelpDeafTitle: 'If you are deaf or hard of hearing:',
  crisisHelpDial: 'dial',
  crisisHelpRelay: "for a relay service, or call the helpline's TTY (text telephone) line,",
  // "Usually": Anuvia's article says who IOPs are for of IOPs in general, not of its own (issue 15, item 19).
  cardFor: 'Usually for: ',
  cardHowOften: 'How often: ',
  comparisonCaption: 'Our programs side by side',
  comparisonWhoFor: 'Who it is usually for',
  comparisonHowOften: 'How often',
  comparisonHowLong: 'How long',
  comparisonIncludes: 'What it includes',
  notFoundTitle: 'We cannot find this page',
  notFoundText: 'The address may have a typing mistake in it, or the page may have moved.',
  notFoundTry: 'Try one of these pages',
  notFoundTalk: 'Or talk to us',
  notFoundCall: 'You can also call us at',
  notFoundCallAfter: 'and ask.',
  pageNotFound: 'Page not found',
} as const

/** Every frame word, as a type: a string, or a function that makes a string. */
export type Dictionary = { readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] }
