// The learn-more organisations' web addresses, with where they were read. Names and descriptions
// are words, so they live in locales/<lng>/learn.json under organizations.<id>.

export interface Organization {
  /** As people read it. */
  display: string;
  /** https, with a trailing slash. */
  href: string;
  source: string;
  /** When the entry was last checked against its source (ISO date). */
  checked: string;
}

const source = "Listed on the county's page; web address read on the organisation's own site (V)";
const checked = '2026-11-28';

export const organizations = {
  polaris: { display: 'polarisproject.org', href: 'https://polarisproject.org/', source, checked },
  thisIsHumanTrafficking: {
    display: 'thisishumantrafficking.com',
    href: 'https://thisishumantrafficking.com/',
    source,
    checked,
  },
  laboratory: { display: 'combathumantrafficking.org', href: 'https://combathumantrafficking.org/', source, checked },
  ncmec: { display: 'missingkids.org', href: 'https://missingkids.org/', source, checked },
  blueSkyBridge: { display: 'blueskybridge.org', href: 'https://blueskybridge.org/', source, checked },
} as const satisfies Record<string, Organization>;

export type OrganizationId = keyof typeof organizations;

/** In the order the page lists them. */
export const organizationIds = Object.keys(organizations) as OrganizationId[];
