import Link from 'next/link'
import { formatLongDate } from '@/lib/base/format'
import type { Translation } from '@/lib/content'
import type { TranslationStatus } from '@/lib/content/translation'
import { signerName } from '@/lib/content/sign-off'

/**
 * At the top of a Spanish page whose English page has changed since it was translated: the
 * English page may have newer information, with a link to it. Shown only when the fingerprint of
 * the English text differs from the one the translation recorded (lib/content/translation.ts).
 */
export function StaleTranslationNotice({ status }: { status: TranslationStatus }) {
  if (!status.stale) return null
  return (
    <div className="translation-notice my-6 rounded-md border-l-8 border-brand bg-brand-light p-4" role="note">
      <p className="m-0">
        <strong>La versión en inglés de esta página ha cambiado</strong> desde que hicimos esta traducción, y puede tener
        información más nueva.{' '}
        <Link href={status.english.route} hrefLang="en">
          Lea la versión en inglés
        </Link>{' '}
        o llámenos si tiene preguntas.
      </p>
    </div>
  )
}

/**
 * At the foot of every Spanish page: how the translation was made and when, and who signed off
 * the translation while the text is the text signed (lib/content/sign-off.ts); otherwise, that no
 * qualified translator has reviewed it. It claims no review that no one signed.
 */
export function TranslationFoot({ translation, status }: { translation: Translation; status: TranslationStatus }) {
  return (
    <div className="translation-foot text-base text-muted">
      <p>
        Traducción de la{' '}
        <Link href={status.english.route} hrefLang="en">
          versión en inglés
        </Link>
        , hecha el <time dateTime={translation.translatedOn}>{formatLongDate(translation.translatedOn, 'es')}</time>.{' '}
        {status.signOff ? (
          <>
            Revisada por {signerName(status.signOff)}, traductor calificado, el{' '}
            <time dateTime={status.signOff.date}>{formatLongDate(status.signOff.date, 'es')}</time>.
          </>
        ) : (
          <>
            <strong>Un traductor calificado todavía no ha revisado esta traducción.</strong> Si algo no está claro, lea la
            versión en inglés o llámenos. <Link href="/es/about#cómo-hicimos-las-páginas-en-español">Cómo hicimos las páginas en español</Link>
          </>
        )}
      </p>
    </div>
  )
}
