/** The claimant value that stands for the article's own voice; in a module of its own so that using it loads no zod. */
export const AUTHOR = "author" as const;
