/** A meal's ETag is its version, quoted (an RFC 9110 strong validator); If-Match carries it back. */
export const mealETag = (version: number): string => `"${version}"`;

/**
 * The version an If-Match header names, or null when it names none the server could hold (`*`, a
 * weak or unquoted tag, a list). A meal's version is never null, so null never matches.
 */
export const versionFromIfMatch = (header: string): number | null => {
  const match = /^"([1-9]\d{0,14})"$/.exec(header.trim());
  return match ? Number(match[1]) : null;
};
