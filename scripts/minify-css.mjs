/**
 * Minifies the CSS in a style module (`*.styles.ts`) with esbuild's CSS minifier: esbuild's
 * JavaScript minifier keeps template literals as written, comments and indentation included.
 * Each `css\`…\`` literal must hold plain CSS, with no interpolation and no backslash, which is all
 * the elements' style modules hold; anything else throws. The CDN build (rollup.config.mjs), the
 * size of an element's own code (scripts/sizes.ts) and the bench (bench/lib.mjs) use it.
 */
import {readFileSync} from 'node:fs'
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
    // utf8: esbuild would otherwise write non-ASCII characters as CSS escapes (`\2192`), which
    // are not valid in a template literal.
    const {code: css} = await transform(match[1], {loader: 'css', minify: true, charset: 'utf8'})
    if (/[`\\]|\$\{/.test(css)) {
      throw new Error(`${id}: the minified CSS holds a backtick, a backslash or \${: ${css}`)
    }
    out += `${code.slice(last, match.index)}css\`${css.trim()}\``
    last = match.index + match[0].length
  }
  return out + code.slice(last)
}

/** An esbuild plugin that loads the style modules with their CSS minified. */
export const minifyCssPlugin = {
  name: 'ijh-minify-css',
  setup(build) {
    build.onLoad({filter: /\.styles\.ts$/}, async (args) => ({
      contents: await minifyCssLiterals(readFileSync(args.path, 'utf8'), args.path),
      loader: 'ts',
    }))
  },
}
