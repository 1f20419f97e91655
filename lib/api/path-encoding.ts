// Next.js decodes every path segment before routing and answers a bare 500 when one is not valid
// percent-encoded UTF-8 (`%E0%A4%A`, the overlong `%C0%AF`, a lone surrogate `%ED%A0%80`). The
// proxy runs before that, so it checks the path here and answers a 400 instead.

/** The first path segment that is not valid percent-encoded UTF-8, as it was sent; null if none. */
export function malformedSegment(pathname: string): string | null {
  for (const segment of pathname.split('/')) {
    if (!segment.includes('%')) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return null;
}

/** The reason, for the 400 answer; the segment is shown clipped (it may be 10,000 characters). */
export function malformedSegmentMessage(segment: string): string {
  const shown = segment.length > 80 ? `${segment.slice(0, 80)}…` : segment;
  return `path segment "${shown}" is not valid percent-encoded UTF-8`;
}
