import type {Plugin as EsbuildPlugin} from 'esbuild'
import type {Plugin as RollupPlugin} from 'rollup'

export declare const ID_GENERATION: RegExp
export declare const MESSAGE_IDS: string
export declare const noIdHashing: () => RollupPlugin
export declare const noIdHashingEsbuild: EsbuildPlugin
