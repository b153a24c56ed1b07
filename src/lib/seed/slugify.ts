/**
 * Makes a readable URL slug from a seed title.
 *
 * Depends on the title alone, so adding or removing other seed files never changes it.
 */

const MAX_LENGTH = 90;
/**
 * At most this many UTF-8 bytes, so that a slug with its "-xxxxxx" suffix and ".md" stays far
 * below the 255-byte file name limit of every file system (90 CJK characters are 270 bytes).
 */
export const MAX_SLUG_BYTES = 180;

const encoder = new TextEncoder();

/** The longest prefix of `slug` within MAX_SLUG_BYTES, cut at a hyphen when one is near, whole code points only. */
function withinBytes(slug: string): string {
  if (encoder.encode(slug).length <= MAX_SLUG_BYTES) return slug;
  let bytes = 0;
  let end = 0;
  for (const c of slug) {
    bytes += encoder.encode(c).length;
    if (bytes > MAX_SLUG_BYTES) break;
    end += c.length;
  }
  const cut = slug.slice(0, end);
  const boundary = cut.lastIndexOf("-");
  return (boundary > end / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/u, "");
}

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
  if (slug.length <= MAX_LENGTH) return withinBytes(slug);
  const cut = slug.slice(0, MAX_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  return withinBytes(
    (boundary > 20 ? cut.slice(0, boundary) : slug.slice(0, MAX_LENGTH)).replace(/-+$/u, ""),
  );
}
