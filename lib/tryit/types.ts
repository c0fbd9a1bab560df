/** One problem in the form: `field` is `query.limit`, `path.id`, `body`, `body./title`. */
export interface ValidationIssue {
  field: string;
  message: string;
  /** 1-based position of a JSON syntax error in the body. */
  line?: number;
  column?: number;
}
