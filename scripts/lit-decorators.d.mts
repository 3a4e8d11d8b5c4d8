import type {Plugin} from 'rollup'
import type {SourceFile, TransformerFactory} from 'typescript'

export declare const hasLitDecorators: (code: string, id: string) => boolean
export declare const otherDecoratorsApart: TransformerFactory<SourceFile>
export declare const defaultAttributesDropped: TransformerFactory<SourceFile>
export declare function writeOutLitDecorators(
  code: string,
  id: string,
  root?: string,
): {code: string; map: {sources: string[]; sourcesContent?: string[]}} | undefined
export declare const litDecorators: (root?: string) => Plugin
