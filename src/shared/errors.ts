/** Error codes, their HTTP status and their messages in zh-CN and en: shared so the web shows what the API says. */

/** Every error code the API may return. */
export const ERROR_STATUS = {
  validation: 400,
  login_failed: 401,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  booking_conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;
/** One error code. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** The languages Huiwu speaks; zh-CN first. */
export type Lang = 'zh-CN' | 'en';

/** Picks a supported language from a tag such as `en-GB` or `zh`. */
export function toLang(tag: string | undefined | null): Lang | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase();
  if (t.startsWith('zh')) return 'zh-CN';
  if (t.startsWith('en')) return 'en';
  return undefined;
}

type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

const codeMessages: Catalogue = {
  validation: { 'zh-CN': '请检查填写的内容：{fields}', en: 'Please check: {fields}' },
  login_failed: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please sign in' },
  forbidden: { 'zh-CN': '您没有权限执行此操作', en: 'You are not allowed to do this' },
  csrf: { 'zh-CN': '页面已过期，请刷新后重试', en: 'This page has expired; reload and try again' },
  not_found: { 'zh-CN': '未找到该记录', en: 'Not found' },
  conflict: { 'zh-CN': '该记录已被他人修改，请刷新后重试', en: 'Someone else changed this; reload and try again' },
  booking_conflict: { 'zh-CN': '该时段已被「{title}」占用（{time}，预订人：{by}）', en: 'This time is taken by "{title}" ({time}, booked by {by})' },
  invalid_transition: { 'zh-CN': '会议当前状态为「{status}」，不能{actionLabel}', en: 'The meeting is "{status}"; it cannot be {actionLabel}' },
  payload_too_large: { 'zh-CN': '提交的内容过大', en: 'The request is too large' },
  unsupported_media_type: { 'zh-CN': '请以 JSON 格式提交', en: 'Send the request as JSON' },
  rate_limited: { 'zh-CN': '尝试次数过多，请 {seconds} 秒后再试', en: 'Too many attempts; try again in {seconds} s' },
  internal: { 'zh-CN': '服务器出错，请稍后再试（编号 {requestId}）', en: 'Server error; please try again later (ref {requestId})' },
};

/** Why one field is wrong. Keys are the `reason` in a field error. */
const reasonMessages: Catalogue = {
  required: { 'zh-CN': '{field}为必填项', en: '{field} is required' },
  too_short: { 'zh-CN': '{field}至少需要 {min} 个字符', en: '{field} needs at least {min} characters' },
  too_long: { 'zh-CN': '{field}不能超过 {max} 个字符', en: '{field} must be at most {max} characters' },
  too_few: { 'zh-CN': '{field}至少需要 {min} 项', en: '{field} needs at least {min} items' },
  too_many: { 'zh-CN': '{field}不能超过 {max} 项', en: '{field} allows at most {max} items' },
  too_small: { 'zh-CN': '{field}不能小于 {min}', en: '{field} must be at least {min}' },
  too_big: { 'zh-CN': '{field}不能大于 {max}', en: '{field} must be at most {max}' },
  not_integer: { 'zh-CN': '{field}必须是整数', en: '{field} must be a whole number' },
  invalid_type: { 'zh-CN': '{field}的格式不正确', en: '{field} has the wrong type' },
  invalid_option: { 'zh-CN': '{field}的取值无效，可选：{options}', en: '{field} must be one of: {options}' },
  invalid_format: { 'zh-CN': '{field}的格式不正确', en: '{field} is not in the right format' },
  invalid_email: { 'zh-CN': '{field}不是有效的邮箱地址', en: '{field} is not a valid email address' },
  unknown_field: { 'zh-CN': '不认识的字段 {field}', en: 'Unknown field {field}' },
  end_before_start: { 'zh-CN': '结束时间必须晚于开始时间', en: 'The end must be after the start' },
  time_zone: { 'zh-CN': '{field}不是有效的时区（如 Asia/Shanghai）', en: '{field} is not a valid time zone (e.g. Asia/Shanghai)' },
  clock_time: { 'zh-CN': '{field}应为 HH:mm 格式，如 09:10', en: '{field} must be HH:mm, e.g. 09:10' },
  rrule_invalid: { 'zh-CN': '重复规则无法识别', en: 'The repeat rule is not a valid RRULE' },
  rrule_unbounded: { 'zh-CN': '重复规则需要结束日期或次数', en: 'The repeat rule needs an end date or a count' },
  rrule_too_many: { 'zh-CN': '重复次数过多（最多 {max} 次）', en: 'Too many occurrences (at most {max})' },
  rrule_freq: { 'zh-CN': '只支持按日、周、月、年重复', en: 'Only daily, weekly, monthly or yearly repeats are supported' },
  rrule_empty: { 'zh-CN': '按此规则没有任何一次会议', en: 'This rule produces no occurrence' },
  phone: { 'zh-CN': '{field}应为 11 位手机号或带区号的座机号', en: '{field} must be an 11-digit mobile or a landline with area code' },
  username_chars: { 'zh-CN': '{field}只能包含字母、数字、点、横线和下划线', en: '{field} may only contain letters, digits, dot, dash and underscore' },
  in_the_past: { 'zh-CN': '不能预订已经过去的时间', en: 'The time has already passed' },
  booking_too_short: { 'zh-CN': '预订时长不能少于 {min} 分钟', en: 'A booking lasts at least {min} minutes' },
  booking_too_long: { 'zh-CN': '预订时长不能超过 {max} 分钟', en: 'A booking lasts at most {max} minutes' },
  too_far_ahead: { 'zh-CN': '该会场最多只能提前 {days} 天预订', en: 'This venue can be booked at most {days} days ahead' },
  outside_bookable_hours: { 'zh-CN': '该会场的可预订时间为 {start}–{end}', en: 'This venue can be booked {start}–{end}' },
  venue_closed: { 'zh-CN': '该会场在此期间停用：{reason}', en: 'The venue is closed then: {reason}' },
  venue_inactive: { 'zh-CN': '该会场已停用', en: 'This venue is retired' },
  over_capacity: { 'zh-CN': '{field}超过会场容量（{layout}最多 {max} 人）', en: '{field} exceeds the capacity ({layout}: at most {max})' },
  no_layout: { 'zh-CN': '该会场没有此种布局', en: 'The venue has no such layout' },
  missing_equipment: { 'zh-CN': '该会场缺少设备：{items}', en: 'The venue lacks: {items}' },
  capacity_required: { 'zh-CN': '请至少填写一种布局的容量', en: 'Give the capacity of at least one layout' },
  not_checkin_window: { 'zh-CN': '签到时间为开始前 {before} 分钟至开始后 {after} 分钟', en: 'Check-in is open from {before} min before to {after} min after the start' },
  not_allowed_checkin: { 'zh-CN': '只有预订人、主持人、参会人或会务人员可以确认使用，或请扫描门口二维码', en: 'Only the booker, host, participants or staff may check in, or scan the QR code at the door' },
  booking_not_live: { 'zh-CN': '该预订已{status}', en: 'This booking is {status}' },
  not_on_hold: { 'zh-CN': '该预订不是为您保留的候补名额', en: 'This booking is not a slot held for you' },
  slot_free: { 'zh-CN': '该时段空闲，可直接预订', en: 'The slot is free; book it directly' },
  no_fit_window_empty: { 'zh-CN': '所选日期范围内没有符合工作时间和开会时间规定的时段', en: 'No slot in the window fits working hours and the start-time policy' },
  no_fit_required_busy: { 'zh-CN': '必须参会人在所选范围内没有共同的空闲时间', en: 'The required attendees have no common free time in the window' },
  no_fit_no_room_fits: { 'zh-CN': '没有会场满足人数、布局和设备要求', en: 'No venue has the capacity, layout and equipment asked for' },
  no_fit_room_rules: { 'zh-CN': '合适的会场按其预订规则（时长、可预订时间、提前天数）都不能预订', en: 'The fitting venues’ booking rules (duration, hours, how far ahead) exclude every slot' },
  no_fit_rooms_busy: { 'zh-CN': '人员空闲时，合适的会场都已被预订或停用', en: 'Whenever the attendees are free, the fitting venues are booked or closed' },
  import_rows: { 'zh-CN': '导入文件有 {count} 处错误，未导入任何数据。{first}', en: 'The file has {count} problems; nothing was imported. {first}' },
  already_booked: { 'zh-CN': '这次会议已预订了「{venue}」', en: 'This occurrence already has {venue}' },
  unknown_reference: { 'zh-CN': '所选{field}不存在', en: 'The selected {field} does not exist' },
  duplicate: { 'zh-CN': '{field}已被使用', en: '{field} is already in use' },
  password_weak: { 'zh-CN': '密码至少 {min} 位，且不能与用户名相同', en: 'The password needs {min} characters and must differ from the username' },
  wrong_password: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  last_admin: { 'zh-CN': '至少需要保留一位管理员', en: 'At least one admin must remain' },
  not_editable: { 'zh-CN': '会议状态为「{status}」，方案不能再修改', en: 'The meeting is "{status}"; the plan can no longer be changed' },
  not_in_series: { 'zh-CN': '该会议不属于系列会议', en: 'This meeting is not part of a series' },
  reason_required: { 'zh-CN': '请填写原因', en: 'Please give a reason' },
  invitation_invalid: { 'zh-CN': '邀请链接无效或已过期', en: 'The invitation link is invalid or has expired' },
};

/** The kind of record a request is about: the same field name means different things on each. */
export type Entity = 'meeting' | 'person' | 'department' | 'user' | 'org' | 'venue' | 'booking';

/** Field labels used inside messages; `entity.field` wins over `field`; a field missing here is shown by its name. */
const fieldLabels: Catalogue = {
  'person.name': { 'zh-CN': '姓名', en: 'Name' },
  'person.title': { 'zh-CN': '职务', en: 'Job title' },
  'person.kind': { 'zh-CN': '人员类别', en: 'Kind' },
  'department.name': { 'zh-CN': '部门名称', en: 'Department name' },
  'org.name': { 'zh-CN': '机构名称', en: 'Organisation name' },
  'org.shortName': { 'zh-CN': '机构简称', en: 'Short name' },
  title: { 'zh-CN': '会议名称', en: 'Title' },
  theme: { 'zh-CN': '会议主题', en: 'Theme' },
  purpose: { 'zh-CN': '会议目的', en: 'Purpose' },
  kind: { 'zh-CN': '会议类型', en: 'Kind' },
  scope: { 'zh-CN': '会议范围', en: 'Scope' },
  status: { 'zh-CN': '状态', en: 'Status' },
  startAt: { 'zh-CN': '开始时间', en: 'Start' },
  endAt: { 'zh-CN': '结束时间', en: 'End' },
  timeZone: { 'zh-CN': '时区', en: 'Time zone' },
  place: { 'zh-CN': '会议地点', en: 'Place' },
  hostPersonId: { 'zh-CN': '主持人', en: 'Host' },
  departmentId: { 'zh-CN': '承办部门', en: 'Organising department' },
  participatingDepartmentIds: { 'zh-CN': '参会部门', en: 'Participating departments' },
  expectedSize: { 'zh-CN': '预计人数', en: 'Expected size' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
  'recurrence.rrule': { 'zh-CN': '重复规则', en: 'Repeat rule' },
  version: { 'zh-CN': '版本', en: 'Version' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  username: { 'zh-CN': '用户名', en: 'Username' },
  password: { 'zh-CN': '密码', en: 'Password' },
  name: { 'zh-CN': '名称', en: 'Name' },
  displayName: { 'zh-CN': '姓名', en: 'Name' },
  email: { 'zh-CN': '邮箱', en: 'Email' },
  phone: { 'zh-CN': '手机', en: 'Phone' },
  roles: { 'zh-CN': '角色', en: 'Roles' },
  code: { 'zh-CN': '编码', en: 'Code' },
  parentId: { 'zh-CN': '上级部门', en: 'Parent department' },
  unit: { 'zh-CN': '单位', en: 'Organisation' },
  personId: { 'zh-CN': '人员', en: 'Person' },
  multiDepartmentStartTimes: { 'zh-CN': '多部门会议开始时间', en: 'Multi-department start times' },
  largeMeetingMinSize: { 'zh-CN': '大型会议人数', en: 'Large meeting size' },
  largeMeetingLeadMonths: { 'zh-CN': '大型会议提前策划月数', en: 'Large meeting lead months' },
  currentPassword: { 'zh-CN': '当前密码', en: 'Current password' },
  newPassword: { 'zh-CN': '新密码', en: 'New password' },
  locale: { 'zh-CN': '语言', en: 'Language' },
  venueId: { 'zh-CN': '会场', en: 'Venue' },
  meetingId: { 'zh-CN': '会议', en: 'Meeting' },
  attendeeCount: { 'zh-CN': '人数', en: 'Attendees' },
  layout: { 'zh-CN': '布局', en: 'Layout' },
  equipment: { 'zh-CN': '设备', en: 'Equipment' },
  capacities: { 'zh-CN': '容量', en: 'Capacity' },
  building: { 'zh-CN': '楼宇', en: 'Building' },
  floor: { 'zh-CN': '楼层', en: 'Floor' },
  address: { 'zh-CN': '地址', en: 'Address' },
  contactName: { 'zh-CN': '联系人', en: 'Contact' },
  contactPhone: { 'zh-CN': '联系电话', en: 'Contact phone' },
  costHalfDayFen: { 'zh-CN': '半天费用', en: 'Half-day cost' },
  costDayFen: { 'zh-CN': '全天费用', en: 'Day cost' },
  managerUserIds: { 'zh-CN': '会场管理员', en: 'Venue managers' },
  serviceUserIds: { 'zh-CN': '服务人员', en: 'Service staff' },
  'venue.name': { 'zh-CN': '会场名称', en: 'Venue name' },
  'venue.kind': { 'zh-CN': '会场类型', en: 'Venue kind' },
  durationMinutes: { 'zh-CN': '时长', en: 'Duration' },
  requiredPersonIds: { 'zh-CN': '必须参会人', en: 'Required attendees' },
  optionalPersonIds: { 'zh-CN': '可选参会人', en: 'Optional attendees' },
  file: { 'zh-CN': '文件', en: 'File' },
  'rules.bookableStart': { 'zh-CN': '可预订开始时间', en: 'Bookable from' },
  'rules.bookableEnd': { 'zh-CN': '可预订结束时间', en: 'Bookable until' },
  'rules.minMinutes': { 'zh-CN': '最短预订时长', en: 'Shortest booking' },
  'rules.maxMinutes': { 'zh-CN': '最长预订时长', en: 'Longest booking' },
  'rules.maxAdvanceDays': { 'zh-CN': '最多提前天数', en: 'Days ahead at most' },
  'rules.setupMinutes': { 'zh-CN': '布场时间', en: 'Setup time' },
  'rules.cleanupMinutes': { 'zh-CN': '撤场时间', en: 'Cleanup time' },
  'booking.title': { 'zh-CN': '预订用途', en: 'Purpose' },
  'booking.status': { 'zh-CN': '预订状态', en: 'Booking status' },
  workdayStart: { 'zh-CN': '上班时间', en: 'Workday start' },
  workdayEnd: { 'zh-CN': '下班时间', en: 'Workday end' },
  workdays: { 'zh-CN': '工作日', en: 'Working days' },
  bookingStart: { 'zh-CN': '会议室可预订开始', en: 'Bookable from' },
  bookingEnd: { 'zh-CN': '会议室可预订结束', en: 'Bookable until' },
  bookingMinMinutes: { 'zh-CN': '最短预订', en: 'Shortest booking' },
  bookingMaxMinutes: { 'zh-CN': '最长预订', en: 'Longest booking' },
  bookingMaxAdvanceDays: { 'zh-CN': '最多提前预订天数', en: 'Days ahead at most' },
  bookingSetupMinutes: { 'zh-CN': '布场时间', en: 'Setup time' },
  bookingCleanupMinutes: { 'zh-CN': '撤场时间', en: 'Cleanup time' },
  checkinBeforeMinutes: { 'zh-CN': '开始前可签到分钟', en: 'Check-in before start' },
  checkinAfterMinutes: { 'zh-CN': '未签到释放分钟', en: 'Release after' },
  waitlistHoldMinutes: { 'zh-CN': '候补保留时长', en: 'Waitlist hold' },
  token: { 'zh-CN': '邀请链接', en: 'Invitation link' },
  q: { 'zh-CN': '搜索词', en: 'Search' },
  from: { 'zh-CN': '起始日期', en: 'From' },
  to: { 'zh-CN': '截止日期', en: 'To' },
};

/** Replaces `{name}` placeholders with values. */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}

/** A field's label in a language, for a kind of record; `policy.multiDepartmentStartTimes.0` is labelled as its list. */
export function fieldLabel(field: string, lang: Lang, entity?: Entity): string {
  const named = field.split('.').filter((s) => !/^\d+$/.test(s));
  const last = named[named.length - 1] ?? '';
  const entry =
    (entity && (fieldLabels[`${entity}.${field}`] ?? fieldLabels[`${entity}.${last}`])) ??
    fieldLabels[field] ?? fieldLabels[named.join('.')] ?? fieldLabels[last];
  return entry ? entry[lang] : field;
}

/** The message for an error code. */
export function codeMessage(code: string, lang: Lang, params?: Record<string, unknown>): string {
  const entry = codeMessages[code] ?? codeMessages.internal;
  return interpolate(entry[lang], params);
}

/** The message for a field error. */
export function reasonMessage(field: string, reason: string, lang: Lang, params: Record<string, unknown> = {}, entity?: Entity): string {
  const entry = reasonMessages[reason] ?? reasonMessages.invalid_format;
  return interpolate(entry[lang], { ...params, field: fieldLabel(field, lang, entity) });
}

/** One wrong field in a 4xx body. */
export type FieldError = { field: string; reason: string; message: string; params?: Record<string, unknown> };

/** The body of every error response. */
export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldError[]; requestId?: string; details?: Record<string, unknown> } };
