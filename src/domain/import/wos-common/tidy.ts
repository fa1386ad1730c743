/** Whitespace that `tidy` must collapse: any whitespace other than a single space, or two spaces. */
const LOOSE_SPACE = /[^\S ]| {2}/;

/**
 * Same result as `squash` (whitespace runs to one space, trimmed) but without rebuilding strings
 * that are already tidy, which most WoS values are: abstracts are long, and `replace(/\s+/g)`
 * reallocates them space by space.
 */
export const tidy = (value: string): string => (LOOSE_SPACE.test(value) ? value.replace(/\s+/g, ' ').trim() : value.trim());
