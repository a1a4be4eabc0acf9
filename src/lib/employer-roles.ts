// The roles a member of an employer can have, in one place for the server (guards, forms, the
// matrix in server/permissions.ts) and the pages that list them (mandates, the staff's contacts).

/** Every role of an employer's member: owner, beheerder, lijsten, inzage. */
export const EMPLOYER_ROLES = ['owner', 'beheerder', 'lijsten', 'inzage'] as const;
export type EmployerRole = (typeof EMPLOYER_ROLES)[number];

/** The roles a mandate can give (an organisation has its owner already). */
export const ASSIGNABLE_ROLES = ['beheerder', 'lijsten', 'inzage'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];
