/** Roles and permissions: the one table every access check in Huiwu reads. */

/** The roles a user can hold in an organisation (DOMAIN.md, "Roles"). */
export const ROLES = ['admin', 'organiser', 'staff', 'finance', 'leader', 'member'] as const;
/** One of the organisation roles. */
export type Role = (typeof ROLES)[number];

const everyone: readonly Role[] = ROLES;

/** Which roles hold each permission; routes declare one and services check the same one. */
export const PERMISSIONS = {
  'org.read': everyone,
  'org.manage': ['admin'],
  'department.read': everyone,
  'department.manage': ['admin'],
  'person.read': everyone,
  'person.manage': ['admin', 'organiser'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'meeting.read': everyone,
  'meeting.write': ['admin', 'organiser'],
  'meeting.approve': ['leader'],
  'venue.read': everyone,
  'venue.manage': ['admin', 'organiser'],
  'booking.create': everyone,
  'booking.manage': ['admin', 'organiser', 'staff'],
  'notice.write': ['admin', 'organiser'],
  'notice.approve': ['leader'],
  'bot.manage': ['admin'],
  /** 回访: the secretariat and 会务 staff answer the reply slip for someone on the phone. */
  'participant.answer': ['admin', 'organiser', 'staff'],
  /** Running the agenda on the day: start and finish items (会务人员 at the desk). */
  'agenda.run': ['admin', 'organiser', 'staff'],
  /** Editing the organisation's playbooks (流程模板): the secretariat owns how its meetings are run. */
  'playbook.manage': ['admin', 'organiser'],
  /** Meeting materials: upload, change who sees them, delete, and see who opened them (the secretariat and 会务 staff). */
  'material.manage': ['admin', 'organiser', 'staff'],
  /** Handling on-site incidents: assign, move along, resolve (the 会务 staff on duty and the secretariat). */
  'incident.manage': ['admin', 'organiser', 'staff'],
  /** On-site check-in: scan and sign people in (补签 too), the scanner's offline copy, the live figures, badges' passes (会务 staff at the desk). */
  'checkin.scan': ['admin', 'organiser', 'staff'],
  /** The live check-in figures (expected / arrived / absent): the desk, and the leaders who host the meeting on the day. */
  'checkin.view': ['admin', 'organiser', 'staff', 'leader'],
} as const satisfies Record<string, readonly Role[]>;

/** A permission name, e.g. `meeting.write`. */
export type Permission = keyof typeof PERMISSIONS;

/** True when any of the roles grants the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
