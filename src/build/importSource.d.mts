// Types for importSource.mjs.
export declare const root: string;
export declare function importSource<T = Record<string, unknown>>(path: string): Promise<T>;
export declare const withoutStyles: import('vite').Plugin;
