/** Organisation, departments, people and accounts: the schemas server and web share. */
import { z } from 'zod';
import { orgPolicySchema } from './policy';
import { ROLES } from './roles';
import { isValidTimeZone } from './time';

const id = z.string().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** The organisation as the API returns it. */
export const orgSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  timeZone: z.string(),
  policy: orgPolicySchema,
  /** When the logo was last set (the print pages add it to the logo's address so a new one is fetched); null: no logo. */
  logoUpdatedAt: z.number().nullable(),
});
/** An organisation. */
export type Org = z.infer<typeof orgSchema>;

/** Body of `PATCH /api/org`. */
export const updateOrgSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  shortName: optionalText(50),
  timeZone: z.string().refine(isValidTimeZone, { message: 'time_zone' }).optional(),
  policy: orgPolicySchema.partial().optional(),
});

/** A department as the API returns it. */
export const departmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  parentId: z.string().nullable(),
  sortOrder: z.number(),
  isActive: z.boolean(),
  /** Whom reminders escalate to when a member has not replied. */
  contactPersonId: z.string().nullable(),
});
/** A department. */
export type Department = z.infer<typeof departmentSchema>;

/** Body of create/update department. */
export const departmentInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  code: optionalText(30),
  parentId: id.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  isActive: z.boolean().optional(),
  contactPersonId: id.nullable().optional(),
});

/** Staff of a department or an external contact. */
export const PERSON_KINDS = ['staff', 'external'] as const;

/** Gender as the reply slip and 名单 record it. */
export const GENDERS = ['male', 'female'] as const;
/** What an external contact is to the organisation (DOMAIN: guests, speakers, sponsors, media). */
export const CONTACT_CATEGORIES = ['guest', 'speaker', 'sponsor', 'media', 'other'] as const;

/** True for an 18-digit resident ID whose check digit (GB 11643-1999, ISO 7064 MOD 11-2) is right, or a passport-style number. */
export function isValidIdNumber(v: string): boolean {
  if (/^\d{17}[\dX]$/i.test(v)) {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = weights.reduce((acc, w, i) => acc + w * Number(v[i]), 0);
    return '10X98765432'[sum % 11] === v[17].toUpperCase();
  }
  return /^[A-Z][A-Z0-9]{4,19}$/i.test(v);
}

/** Mainland mobile (13812345678, +86 138…) or a landline (010-12345678-123). */
export const PHONE_PATTERN = /^(?:(?:\+?86[- ]?)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

/** A person as the API returns it. */
export const personSchema = z.object({
  id: z.string(),
  kind: z.enum(PERSON_KINDS),
  name: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  unit: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  category: z.enum(CONTACT_CATEGORIES).nullable(),
  /** e.g. 110101********1234; the number itself never leaves the server. */
  idNumberMasked: z.string().nullable(),
  isActive: z.boolean(),
});
/** A person. */
export type Person = z.infer<typeof personSchema>;

/** Body of create/update person. */
export const personInputSchema = z.object({
  kind: z.enum(PERSON_KINDS),
  name: z.string().trim().min(1).max(50),
  departmentId: id.nullable().optional(),
  unit: optionalText(100),
  title: optionalText(50),
  phone: z.string().trim().regex(PHONE_PATTERN, { message: 'phone' }).nullable().optional().or(z.literal('').transform(() => null)),
  email: z.email().max(200).nullable().optional().or(z.literal('').transform(() => null)),
  gender: z.enum(GENDERS).nullable().optional(),
  category: z.enum(CONTACT_CATEGORIES).nullable().optional(),
  /** Write-only: omitted keeps the stored number, null clears it. */
  idNumber: z.string().trim().toUpperCase().refine(isValidIdNumber, { message: 'id_number' }).nullable().optional().or(z.literal('').transform(() => null)),
  isActive: z.boolean().optional(),
});

/** Query of `GET /api/people`. */
export const listPeopleQuery = z.object({
  q: z.string().trim().max(50).optional(),
  departmentId: id.optional(),
  kind: z.enum(PERSON_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A user account as admins see it. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  personId: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  isActive: z.boolean(),
  lastLoginAt: z.number().nullable(),
  createdAt: z.number(),
});
/** A user account. */
export type User = z.infer<typeof userSchema>;

/** Body of `PATCH /api/users/:id`. */
export const updateUserSchema = z.object({
  displayName: z.string().trim().min(1).max(50).optional(),
  email: z.email().max(200).nullable().optional(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  isActive: z.boolean().optional(),
  personId: id.nullable().optional(),
});

/** Body of `POST /api/invitations`. */
export const createInvitationSchema = z.object({
  displayName: z.string().trim().min(1).max(50),
  email: z.email().max(200).nullable().optional(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
});

/** An invitation as admins see it; `url` only right after creation (the token is not stored). */
export const invitationSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  expiresAt: z.number(),
  createdAt: z.number(),
  url: z.string().optional(),
});

/** Login names: letters, digits, dot, dash, underscore. */
export const usernameSchema = z.string().trim().min(3).max(40).regex(/^[A-Za-z0-9._-]+$/, { message: 'username_chars' });
/** Minimum password length (NIST SP 800-63B allows 8; we ask 10 and no composition rules). */
export const MIN_PASSWORD = 10;
/** Password field. */
export const passwordSchema = z.string().min(MIN_PASSWORD).max(200);

/** Body of `POST /api/invitations/accept`. */
export const acceptInvitationSchema = z.object({ token: z.string().min(10).max(100), username: usernameSchema, password: passwordSchema });

/** Body of `POST /api/auth/login`. */
export const loginSchema = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

/** What the signed-in user learns about themselves. */
export const meSchema = z.object({
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), personId: z.string().nullable(), locale: z.string().nullable() }),
  org: orgSchema,
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});
/** The signed-in user. */
export type Me = z.infer<typeof meSchema>;
