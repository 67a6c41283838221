export function firstScreenFiles(dist: string): { scripts: string[]; styles: string[] };
