import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, type Plugin} from 'esbuild'

const root = resolve(fileURLToPath(new URL('../../../', import.meta.url)))

/**
 * Bundles entry points from the sources (paths relative to the project) into `out`, as a site
 * would ship them: ES modules, code-split into `chunks/`, ES2022.
 */
export async function bundleSources(
  entryPoints: Record<string, string>,
  out: string,
  plugins: Plugin[] = [],
): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints,
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    // package.json's "sideEffects" names only dist/: the sources that define the elements would
    // otherwise be dropped as unused.
    ignoreAnnotations: true,
    logLevel: 'error',
    plugins,
  })
}
