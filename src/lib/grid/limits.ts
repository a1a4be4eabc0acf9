/** Upper bound (characters) of the JSON field the grid posts; the server enforces it too. */
export const MAX_ROWS_FIELD_CHARS = 4 * 1024 * 1024;
