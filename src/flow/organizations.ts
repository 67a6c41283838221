// The learn-more organisations of the place this build serves (src/jurisdiction/current.ts): their
// names, what they do, and their web addresses with where they were read.
import { jurisdiction } from '../jurisdiction/current';
import type { Organization } from '../jurisdiction/types';

export type { Organization } from '../jurisdiction/types';

export const organizations: Readonly<Record<string, Organization>> = jurisdiction.organizations;

export type OrganizationId = string;

/** In the order the page lists them. */
export const organizationIds: readonly OrganizationId[] = Object.keys(organizations);
