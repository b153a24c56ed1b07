/**
 * Makes a readable URL slug from a seed title.
 *
 * Depends on the title alone, so adding or removing other seed files never changes it.
 */

const MAX_LENGTH = 90;

/** Lower-case, ASCII where possible, words joined by hyphens, at most 90 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/gu, " and ")
    .replace(/['’]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 20 ? cut.slice(0, boundary) : slug.slice(0, MAX_LENGTH)).replace(/-+$/u, "");
}
