/**
 * Minifies the CSS in a style module (`*.styles.ts`) with esbuild's CSS minifier: esbuild's
 * JavaScript minifier keeps template literals as written, comments and indentation included.
 * Each `css\`…\`` literal must hold plain CSS, with no interpolation and no backslash, which is all
 * the elements' style modules hold; anything else throws. The CDN build (rollup.config.mjs) and
 * the size of an element's own code (scripts/sizes.ts) use it.
 */
import {transform} from 'esbuild'

/** Whether a module is a style module whose CSS literals are minified. */
export const isStyleModule = (id) => /\.styles\.ts$/.test(id)

/** The module with each `css` literal's CSS minified. */
export async function minifyCssLiterals(code, id) {
  const literals = [...code.matchAll(/\bcss`([^`]*)`/g)]
  let out = ''
  let last = 0
  for (const match of literals) {
    if (match[1].includes('${') || match[1].includes('\\')) {
      throw new Error(
        `${id}: a css\`\` literal with an interpolation or a backslash cannot be minified`,
      )
    }
    const {code: css} = await transform(match[1], {loader: 'css', minify: true})
    out += `${code.slice(last, match.index)}css\`${css.trim()}\``
    last = match.index + match[0].length
  }
  return out + code.slice(last)
}
