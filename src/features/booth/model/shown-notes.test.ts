// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { parseBoothParams } from '../booth-params';
import { shownNotes } from './shown-notes';

describe('shownNotes', () => {
  it('lists up to six notes as they are', () => {
    const notes = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(shownNotes(notes)).toEqual(notes);
  });

  it('lists five, single settings first kept, and counts the rest when an address has many problems', () => {
    // Many bad and repeated slide names, and every other setting wrong.
    const { notes } = parseBoothParams(
      new URLSearchParams(
        'slides=a,b,c,d,e,f,g,awards,awards,event,event,landscape,landscape,timeline,timeline,then-now,then-now,announcements,announcements&interval=0&theme=pink&qr=maybe',
      ),
    );
    expect(notes.length).toBeGreaterThan(6);
    const shown = shownNotes(notes);
    expect(shown).toHaveLength(6);
    // The wrong interval, theme and qr are never among the hidden ones.
    expect(shown.slice(0, 5).filter((n) => !n.startsWith('slides:'))).toEqual(
      notes.filter((n) => !n.startsWith('slides:')),
    );
    expect(shown.slice(0, 2)).toEqual(notes.slice(0, 2));
    expect(shown[5]).toBe(
      `…and ${notes.length - 5} more; /booth/setup builds an address without them.`,
    );
  });
});
