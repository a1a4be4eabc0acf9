/** Lines per page of the results table (shared by the page and its load). */
export const LINES_PER_PAGE = 500;
