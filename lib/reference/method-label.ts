/** A method's badge text: DELETE is shortened to fit the badge's width. Kept apart from the HTML builders so the browser's sidebar island can use it without hast. */
export function methodLabel(method: string): string {
  return method.toLowerCase() === 'delete' ? 'DEL' : method.toUpperCase();
}
