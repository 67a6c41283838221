// Types for place.mjs (plain JavaScript, so Node tools read it without a compiler).
export declare const defaultPlace: string;
export declare function knownPlaces(): string[];
export declare function selectedPlace(requested?: string): string;
export declare function placeDir(id?: string): string;
export declare function placeAlias(id?: string): Record<string, string>;
