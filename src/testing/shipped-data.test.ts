// @vitest-environment node
/**
 * The shipped data must carry every fact listed in shared/FACTS.md's Event,
 * Awards and Announcements sections: each name, rank and figure. The files
 * are parsed with the app's own schemas, so this also proves they are valid.
 */
import { describe, expect, it } from 'vitest';

import {
  announcementsFixture as announcements,
  awardsFixture as awards,
  catalogFixture as catalog,
  overviewFixture as overview,
} from './mocks/fixtures/event-data';

import type { Announcement } from '@/features/announcements/schemas';

function announcement(id: string): Announcement {
  const found = announcements.announcements.find((a) => a.id === id);
  if (!found) throw new Error(`announcement ${id} is missing`);
  return found;
}

function category(id: string) {
  const found = awards.categories.find((c) => c.id === id);
  if (!found) throw new Error(`award category ${id} is missing`);
  return found;
}

function figureOf(a: Announcement, unit: string) {
  return a.figures.find((f) => f.unit === unit);
}

function text(a: Announcement): string {
  return [a.title, a.summary, ...a.details].join(' ');
}

describe('the event', () => {
  const event = catalog.events.find((e) => e.id === catalog.featured);

  it('is KubeCon NA 2024 in Salt Lake City, 12–15 November 2024', () => {
    expect(event).toMatchObject({
      name: 'KubeCon + CloudNativeCon North America 2024',
      city: 'Salt Lake City',
      region: 'Utah',
      startDate: '2024-11-12',
      endDate: '2024-11-15',
    });
  });

  it('has more than 9,000 attendees and 250 vendors (only the attendees are hedged)', () => {
    expect(overview.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'attendees',
          value: 9000,
          qualifier: 'more-than',
        }),
        expect.objectContaining({
          id: 'vendors',
          value: 250,
          qualifier: 'exact',
        }),
      ]),
    );
  });

  it('names the day-3 keynote speakers and marks observability as the main theme', () => {
    const speakers = overview.keynotes.flatMap((k) =>
      k.speakers.map((s) => s.name),
    );
    expect(speakers).toEqual(
      expect.arrayContaining([
        'Chris Aniszczyk',
        'Joseph Sandoval',
        'Lachlan Evenson',
        'Kelsey Hightower',
      ]),
    );
    expect(overview.themes.find((t) => t.emphasis === 'dominant')?.id).toBe(
      'observability',
    );
  });

  it('day 3: the past decade; the source gives its host no role or affiliation', () => {
    const decade = overview.keynotes.find(
      (k) => k.day === 3 && k.speakers.length,
    );
    expect(decade?.summary).toMatch(/past decade/);
    expect(decade?.speakers[0]).toEqual({
      name: 'Chris Aniszczyk',
      organization: null,
      role: null,
    });
  });

  it('says no more about AI than "the buzz" and "more consumable"', () => {
    const claims = [
      overview.tagline,
      ...overview.themes.map((t) => t.summary),
      ...overview.keynotes.map((k) => `${k.title} ${k.summary}`),
    ].filter((t) => /\bAI\b/.test(t));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims)
      expect(claim).toMatch(/buzz|consumable|AI easier/);
  });

  it('gives every dated event the source of its dates, and no unsourced region', () => {
    for (const e of catalog.events) {
      if (e.startDate !== null) expect(e.datesSource, e.id).not.toBeNull();
    }
    const regions = catalog.events.map((e) => e.region).filter(Boolean);
    expect(regions).toEqual(['Utah']);
  });

  it('lists the announced next events, with null where dates are unknown', () => {
    const byId = Object.fromEntries(catalog.events.map((e) => [e.id, e]));
    expect(byId['kubecon-na-2025']).toMatchObject({
      city: 'Atlanta',
      startDate: '2025-11-10',
      endDate: '2025-11-13',
    });
    expect(byId['kubecon-na-2026']).toMatchObject({
      city: 'Los Angeles',
      startDate: null,
      endDate: null,
    });
    expect(byId['kubecon-japan-2025']).toMatchObject({
      country: 'Japan',
      year: 2025,
      startDate: null,
    });
  });
});

describe('the awards', () => {
  it('ranks Adobe, Capital One and Reddit 1 to 3, presented by Taylor Dolezal', () => {
    const endUser = category('end-user');
    expect(endUser.presenter).toBe('Taylor Dolezal');
    expect(endUser.winners.map((w) => [w.rank, w.name])).toEqual([
      [1, 'Adobe'],
      [2, 'Capital One'],
      [3, 'Reddit'],
    ]);
  });

  it('gives Adobe 5,160+ contributions across 46 projects and the others no figures (not zero)', () => {
    const [adobe, capitalOne, reddit] = category('end-user').winners;
    expect(adobe?.metrics).toEqual({
      contributions: { value: 5160, qualifier: 'more-than' },
      projects: { value: 46, qualifier: 'exact' },
    });
    // The article does not say the 46 projects are all CNCF projects.
    expect(JSON.stringify(adobe)).not.toMatch(/CNCF projects/);
    expect(adobe?.reason).toMatch(
      /Creative Cloud.*Document Cloud.*Experience Cloud/,
    );
    expect(capitalOne?.reason).toMatch(/Cloud Custodian/);
    expect(capitalOne?.reason).toMatch(/financial services/);
    expect(reddit?.reason).toMatch(/hybrid cloud/);
    for (const winner of [capitalOne, reddit]) {
      expect(winner?.metrics).toEqual({ contributions: null, projects: null });
    }
  });

  it('gives the new Lifetime Achievement Award to Tim Hockin of Google', () => {
    const lifetime = category('lifetime');
    expect(lifetime.isNew).toBe(true);
    expect(lifetime.winners).toHaveLength(1);
    expect(lifetime.winners[0]).toMatchObject({
      name: 'Tim Hockin',
      role: 'Distinguished Software Engineer',
      organization: 'Google',
    });
    expect(lifetime.winners[0]?.reason).toMatch(/co-founders? of Kubernetes/);
  });

  it('keeps the Community Awards as a category whose winners the source does not name', () => {
    const community = category('community');
    expect(community.winnersNamed).toBe(false);
    expect(community.winners).toEqual([]);
  });
});

describe('the announcements', () => {
  it('holds all eight', () => {
    expect(announcements.announcements.map((a) => a.id).sort()).toEqual([
      'andela-partnership',
      'cncf-2025-focus',
      'flatcar-incubating',
      'kubestronauts-500',
      'kubevirt-1-4',
      'new-certifications',
      'tintri-csi',
      'upcoming-events',
    ]);
  });

  it('Tintri: a CSI driver, demonstrated by Brock Mowry, no invented date', () => {
    const a = announcement('tintri-csi');
    expect(a.kind).toBe('product');
    expect(a.organizations).toContain('Tintri');
    expect(a.people.map((p) => p.name)).toContain('Brock Mowry');
    expect(text(a)).toMatch(
      /dynamic provisioning.*observability.*data protection.*performance/i,
    );
    expect(a.date).toBeNull();
    expect(a.timing).toMatch(/week before/);
  });

  it('KubeVirt v1.4: features on by default and volume migration', () => {
    const t = text(announcement('kubevirt-1-4'));
    for (const feature of [
      'network hotplug',
      'instance types',
      'NUMA',
      'GPU assignment',
      'storage type',
    ]) {
      expect(t).toContain(feature);
    }
  });

  it('Flatcar: TOC vote, immutable, atomic updates, Adobe on 20,000+ nodes', () => {
    const a = announcement('flatcar-incubating');
    expect(a.kind).toBe('project-maturity');
    expect(text(a)).toMatch(/Technical Oversight Committee/);
    expect(text(a)).toMatch(/immutable/);
    expect(text(a)).toMatch(/atomic/);
    expect(figureOf(a, 'nodes')).toMatchObject({
      value: 20000,
      qualifier: 'more-than',
    });
  });

  it('Andela: 20,000–30,000 developers, 6–9 months, KCNA and CKAD, up to 25% (4 years of DevOps only an example)', () => {
    const a = announcement('andela-partnership');
    expect(a.organizations).toEqual(
      expect.arrayContaining(['CNCF', 'Andela', 'Linux Foundation']),
    );
    expect(figureOf(a, 'developers')).toMatchObject({
      value: 20000,
      max: 30000,
      qualifier: 'range',
    });
    expect(figureOf(a, 'months')).toMatchObject({ value: 6, max: 9 });
    expect(figureOf(a, '%')).toMatchObject({ value: 25, qualifier: 'up-to' });
    expect(figureOf(a, 'years')).toMatchObject({
      value: 4,
      qualifier: 'exact',
    });
    expect(figureOf(a, 'years')?.label).toMatch(/example/);
    // The author chatted with them; the source does not say they presented it.
    expect(text(a)).not.toMatch(/present/i);
    expect(text(a)).toMatch(/KCNA/);
    expect(text(a)).toMatch(/CKAD/);
    expect(a.people.map((p) => p.name)).toEqual([
      "Ross O'Neill",
      'Natasha Woods',
    ]);
  });

  it('certifications: all five named, announced on the last day', () => {
    const a = announcement('new-certifications');
    for (const name of [
      'Certified Backstage Associate',
      'OpenTelemetry Certified Associate',
      'Kyverno Certified Associate',
      'Certified Cloud Native Platform Associate',
      'Certified Cloud Native Platform Engineer',
    ]) {
      expect(a.details).toContain(`${name}.`);
    }
    expect(figureOf(a, 'certifications')?.value).toBe(5);
    // The source says "four more" and names five: no count in the title.
    expect(a.title).not.toMatch(/\b(four|five|4|5)\b/i);
    expect(a.date).toBe('2024-11-15');
  });

  it('Kubestronauts: 500 people who passed all five certifications (not named in the source)', () => {
    const a = announcement('kubestronauts-500');
    expect(figureOf(a, 'Kubestronauts')?.value).toBe(500);
    expect(text(a)).toMatch(/all five Kubernetes certifications/);
    for (const exam of ['KCSA', 'CKS']) expect(text(a)).not.toContain(exam);
  });

  it('Tintri introduced its CSI driver; availability only expected', () => {
    const t = text(announcement('tintri-csi'));
    expect(t).toMatch(/introduc/);
    expect(t).not.toMatch(/\bships\b|general availability/i);
    expect(t).toMatch(/management interface/);
  });

  it('CNCF 2025: reference architectures, health metrics, community growth', () => {
    const t = text(announcement('cncf-2025-focus'));
    expect(t).toMatch(/reference architecture/);
    expect(t).toMatch(/health metrics/);
    expect(t).toMatch(/community/i);
  });

  it('upcoming events: Atlanta 2025, Los Angeles 2026, first KubeCon Japan 2025', () => {
    const t = text(announcement('upcoming-events'));
    expect(t).toMatch(/Atlanta/);
    expect(t).toMatch(/Los Angeles/);
    expect(t).toMatch(/Japan/);
  });

  it('invents no dates: only the certifications carry one', () => {
    const dated = announcements.announcements
      .filter((a) => a.date !== null)
      .map((a) => a.id);
    expect(dated).toEqual(['new-certifications']);
  });
});
