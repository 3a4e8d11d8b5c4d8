import type {Plugin} from 'esbuild'

export declare const isStyleModule: (id: string) => boolean
export declare function minifyCssLiterals(code: string, id: string): Promise<string>
export declare const minifyCssPlugin: Plugin
