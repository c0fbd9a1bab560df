/** A problem in the content folder, phrased so a person can fix it: the file, the place, the fix. */
export class ContentError extends Error {
  readonly file: string;
  readonly field?: string;

  constructor(file: string, message: string, field?: string) {
    super(`${file}${field ? ` (${field})` : ''}: ${message}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}
