/**
 * Edit mode only (next.config.mjs): takes out of Keystatic's editor the stylesheet link it adds
 * for Google's web fonts, so the editor asks no other company for anything and uses the
 * computer's own fonts. (The editor's security policy would refuse the request anyway; this way it
 * is never made.) If a Keystatic update changes the line, the link stays, the policy still refuses
 * it, and the editor test that counts outside requests fails, saying so.
 */
const WEB_FONTS_LINK = /\/\*#__PURE__\*\/jsx\("link", \{\s*href: "https:\/\/fonts\.googleapis\.com\/[^"]*",\s*rel: "stylesheet"\s*\}\)/

module.exports = function keystaticSystemFonts(source) {
  if (!WEB_FONTS_LINK.test(source)) {
    this.emitWarning(new Error('Keystatic\'s web fonts link was not found: see scripts/keystatic-system-fonts-loader.cjs.'))
    return source
  }
  return source.replace(WEB_FONTS_LINK, 'null')
}
