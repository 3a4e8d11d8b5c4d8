export declare const isStyleModule: (id: string) => boolean
export declare function minifyCssLiterals(code: string, id: string): Promise<string>
