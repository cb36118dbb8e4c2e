// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { logoUrl } from '@/config/env';

import { logoBaseOf } from './maturity';

describe('logoBaseOf and logoUrl: whose logo a file name means', () => {
  const CDF =
    'https://raw.githubusercontent.com/cdfoundation/cdf-landscape/master/hosted_logos/';

  it("reads the CNCF landscape's logos from its own folder", () => {
    const base = logoBaseOf({});
    expect(base).toBeUndefined();
    expect(logoUrl('jenkins.svg', base)).toMatch(
      /\/cncf\/landscape\/[0-9a-f]{40}\/hosted_logos\/jenkins\.svg$/,
    );
  });

  it("reads a downloaded file's logos from hosted_logos/ next to it", () => {
    const base = logoBaseOf({ foreign: true, logoBase: CDF });
    expect(logoUrl('jenkins.svg', base)).toBe(`${CDF}jenkins.svg`);
  });

  it("shows no logo for another foundation's file opened from disk", () => {
    // CNCF's own "cortex.svg" is not LF AI's Cortex.
    const base = logoBaseOf({ foreign: true });
    expect(base).toBeNull();
    expect(logoUrl('cortex.svg', base)).toBeNull();
  });
});
