import { describe, expect, it } from 'vitest';
import { FIXED_MARKER, contextMarker, findingMarker, isOwnReview, isSummaryComment, parseFindingComment, stripMarkers, summaryMarker } from '../../src/review/markers.js';

describe('markers', () => {
  it('an inline comment names its finding and context in its first two lines', () => {
    const body = `${findingMarker('41a632f20518')}\n${contextMarker('sg-guard / prod')}\n\ntext`;
    expect(parseFindingComment(body)).toEqual({ findingId: '41a632f20518', context: 'sg-guard / prod', fixed: false, also: [] });
    expect(parseFindingComment(`${findingMarker('41a632f20518')}\n${contextMarker('c')}\n${FIXED_MARKER}\n\n✅ Fixed`)?.fixed).toBe(true);
    // Only the head counts: the marker further down (in a resource name, say) changes nothing.
    expect(parseFindingComment(`${body}\n${FIXED_MARKER}`)?.fixed).toBe(false);
  });

  it('a context cannot close the HTML comment or add lines', () => {
    const marker = contextMarker('x --> <b>y</b>\nz');
    expect(marker).toBe('<!-- sg-guard:context x%20--%3E%20%3Cb%3Ey%3C%2Fb%3E%0Az -->');
    expect(parseFindingComment(`${findingMarker('ab12')}\n${marker}`)?.context).toBe('x --> <b>y</b>\nz');
  });

  it('markers quoted later in a comment (a person copying one) are not ours', () => {
    expect(parseFindingComment(`I disagree.\n${findingMarker('41a632f20518')}\n${contextMarker('sg-guard')}`)).toBeNull();
    expect(parseFindingComment(findingMarker('41a632f20518'))).toBeNull();
    expect(parseFindingComment(null)).toBeNull();
    expect(isSummaryComment(`> ${summaryMarker('sg-guard')}`, 'sg-guard')).toBe(false);
    expect(isSummaryComment(`${summaryMarker('sg-guard')}\n## report`, 'sg-guard')).toBe(true);
    expect(isSummaryComment(`${summaryMarker('other')}\n## report`, 'sg-guard')).toBe(false);
    expect(isOwnReview('<!-- sg-guard:review sg-guard -->\nbody', 'sg-guard')).toBe(true);
  });

  it('stripMarkers keeps the text', () => {
    expect(stripMarkers(`${findingMarker('ab12')}\n${contextMarker('c')}\n${FIXED_MARKER}\n\nHello`)).toBe('Hello');
  });
});
