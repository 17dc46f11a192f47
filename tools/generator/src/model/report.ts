/** Records a problem of the bundled document: where (a JSON pointer), what is wrong, and the fix. */
export type Report = (pointer: string, message: string, fix: string) => void;
