import { z } from 'zod';
import { ROLES } from '../vocabulary';

/** The subject of a person at the identity provider, in a path (`/admin/people/{sub}/groups`). */
export const PersonParams = z.object({
  sub: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[\w-]+$/, 'Letters, digits, "-" and "_" only')
    .meta({ description: 'The person’s subject (the `sub` of their tokens)' }),
});

/** `GET /api/admin/people?email=`: an exact address, as the person registered it. */
export const PeopleQuerySchema = z.object({
  email: z.email().max(254).meta({
    description: 'The exact e-mail address (case-insensitive)',
    example: 'mia@example.org',
  }),
});

const RoleSchema = z.enum(ROLES);

/** A person found by an admin: who they are at the provider, and the name others see. */
export const PersonSchema = z
  .object({
    sub: z.string(),
    email: z.string(),
    groups: z.array(RoleSchema),
    displayName: z.string().nullable().meta({ description: 'Null until the person chose one' }),
  })
  .meta({ id: 'Person' });

export const PeopleSchema = z.object({ items: z.array(PersonSchema) }).meta({ id: 'People' });

/** `PUT /api/admin/people/{sub}/groups`: the person's roles, all of them; none makes a resident. */
export const GroupsInputSchema = z
  .object({
    groups: z
      .array(RoleSchema)
      .max(ROLES.length)
      .refine((groups) => new Set(groups).size === groups.length, 'Each role at most once'),
  })
  .meta({ id: 'GroupsInput' });

export const PersonGroupsSchema = z
  .object({ sub: z.string(), email: z.string(), groups: z.array(RoleSchema) })
  .meta({ id: 'PersonGroups' });

export type Person = z.infer<typeof PersonSchema>;
export type People = z.infer<typeof PeopleSchema>;
export type GroupsInput = z.infer<typeof GroupsInputSchema>;
export type PersonGroups = z.infer<typeof PersonGroupsSchema>;
