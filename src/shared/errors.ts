/** Error codes, their HTTP status and their messages in zh-CN and en: shared so the web shows what the API says. */
import { fieldLabels } from './error-fields';

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
  notice_incomplete: 400,
  link_invalid: 404,
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

/** Messages by key in both languages. */
export type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

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
  notice_incomplete: { 'zh-CN': '通知内容不完整，缺少：{fields}', en: 'The notice is incomplete; missing: {fields}' },
  link_invalid: { 'zh-CN': '链接无效或已过期，请联系会务组', en: 'This link is invalid or has expired; please contact the organisers' },
  payload_too_large: { 'zh-CN': '提交的内容过大', en: 'The request is too large' },
  unsupported_media_type: { 'zh-CN': '不支持该文件或内容格式', en: 'This file or content type is not supported' },
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
  missing_item: { 'zh-CN': '{field}', en: '{field}' },
  unknown_variable: { 'zh-CN': '{field}中有未知的变量：{names}', en: '{field} uses unknown variables: {names}' },
  notice_not_editable: { 'zh-CN': '通知已提交，不能再修改', en: 'The notice has been submitted and can no longer be edited' },
  notice_not_pending: { 'zh-CN': '通知不在待审核状态', en: 'The notice is not waiting for approval' },
  notice_not_approved: { 'zh-CN': '通知尚未审核通过，不能发送', en: 'The notice must be approved before it is sent' },
  notice_not_sent: { 'zh-CN': '通知尚未发送', en: 'The notice has not been sent' },
  notice_finished: { 'zh-CN': '通知已发送完毕或已撤回', en: 'The notice has already been sent or withdrawn' },
  meeting_not_sendable: { 'zh-CN': '会议方案尚未批准或已结束，暂不能发出此类通知', en: 'The meeting is not approved yet or is over; this notice cannot go out now' },
  meeting_closed: { 'zh-CN': '会议已关闭', en: 'The meeting is closed' },
  channel_unavailable: { 'zh-CN': '{field}未配置，不能使用', en: '{field} is not configured' },
  substitute_required: { 'zh-CN': '代参会需填写{field}', en: 'Please give the {field}' },
  leave_reason_required: { 'zh-CN': '请假需说明{field}', en: 'Please give the {field}' },
  rsvp_closed: { 'zh-CN': '会议已开始，回执已截止', en: 'The meeting has started; replies are closed' },
  agenda_not_editable: { 'zh-CN': '会议已结束或取消，议程不能再修改', en: 'The meeting is over or cancelled; the agenda can no longer change' },
  not_a_participant: { 'zh-CN': '{field}须为本会议的参会人员', en: '{field} must be a participant of this meeting' },
  colour: { 'zh-CN': '{field}应为 #RRGGBB 格式的颜色', en: '{field} must be a colour like #1d4ed8' },
  item_already_started: { 'zh-CN': '该议程已开始', en: 'This item has already started' },
  item_not_started: { 'zh-CN': '该议程尚未开始', en: 'This item has not started' },
  item_already_finished: { 'zh-CN': '该议程已结束', en: 'This item has already ended' },
  playbook_applied: { 'zh-CN': '该会议已套用过此工作流程', en: 'This playbook is already applied to the meeting' },
  one_of: { 'zh-CN': '{field}与所选任务只能二选一', en: '{field}: choose an existing task or a new one, not both' },
  split_nested: { 'zh-CN': '子任务不能再拆分', en: 'A sub-task cannot be split again' },
  split_closed: { 'zh-CN': '只有未完成的任务可以拆分', en: 'Only an open task can be split' },
  agenda_empty: { 'zh-CN': '议程还没有内容', en: 'The agenda has no items yet' },
  agenda_unchanged: { 'zh-CN': '议程与已发布的版本相同，无需重新发布', en: 'The agenda is the same as the published version' },
  invitation_invalid: { 'zh-CN': '邀请链接无效或已过期', en: 'The invitation link is invalid or has expired' },
  // Sheet imports (people directory, 参会人员名单) and the reply slip.
  mobile: { 'zh-CN': '{field}应为 11 位手机号', en: '{field} must be an 11-digit mobile number' },
  date: { 'zh-CN': '{field}不是有效的日期（如 2027-03-16）', en: '{field} is not a real date (e.g. 2027-03-16)' },
  departure_before_arrival: { 'zh-CN': '返程时间不能早于抵达时间', en: 'The return cannot be before the arrival' },
  id_number: { 'zh-CN': '{field}不是有效的身份证号或护照号', en: '{field} is not a valid ID or passport number' },
  id_number_masked: { 'zh-CN': '{field}是打码后的号码，请填写完整号码或留空', en: '{field} is masked; give the full number or leave it empty' },
  duplicate_in_file: { 'zh-CN': '{field}与第 {row} 行重复', en: '{field} repeats row {row}' },
  unknown_department: { 'zh-CN': '本单位没有名为「{value}」的部门', en: 'There is no department named "{value}"' },
  phone_other_person: { 'zh-CN': '{field}已登记为「{name}」的号码', en: '{field} is registered to {name}' },
  import_not_table: { 'zh-CN': '不是有效的 Excel (.xlsx) 或 CSV 文件，或找不到表头', en: 'Not an Excel (.xlsx) or CSV file, or no header row found' },
  import_missing_columns: { 'zh-CN': '缺少列：{columns}', en: 'Missing columns: {columns}' },
  import_no_rows: { 'zh-CN': '表中没有数据行', en: 'The sheet has no rows' },
  // Meeting materials.
  file_empty: { 'zh-CN': '{field}是空的', en: '{field} is empty' },
  file_too_large: { 'zh-CN': '{field}不能超过 {max} MB', en: '{field} must be at most {max} MB' },
  file_type: { 'zh-CN': '只能上传 PDF、Word、PowerPoint 或 Excel 文件', en: 'Only PDF, Word, PowerPoint or Excel files can be uploaded' },
  file_content_invalid: { 'zh-CN': '文件内容不是有效的 {format} 文件', en: 'The file is not a valid {format} file' },
  file_type_mismatch: { 'zh-CN': '文件内容是 {actual}，与扩展名 .{ext} 不符', en: 'The file is {actual} inside, which does not match its extension .{ext}' },
  file_encrypted: { 'zh-CN': '文件设有打开密码，请去除密码后再上传', en: 'The file is password-protected; remove the password and upload it again' },
  // Playbooks (流程模板) and their steps.
  step_key: { 'zh-CN': '{field}只能包含小写字母、数字和下划线，并以字母开头', en: '{field} may only hold lower-case letters, digits and underscores, starting with a letter' },
  unknown_step: { 'zh-CN': '{field}中有不存在的步骤', en: '{field} include a step that does not exist' },
  dependency_cycle: { 'zh-CN': '{field}形成循环：该步骤最终依赖于它自己', en: '{field} go round in a loop: the step ends up depending on itself' },
  // 座次 (seating plans).
  seating_not_editable: { 'zh-CN': '会议已结束或取消，座次不能再修改', en: 'The meeting is over or cancelled; the seating can no longer change' },
  seat_outside: { 'zh-CN': '{field}超出会场的排数或座位数', en: '{field} is outside the room\'s rows or seats' },
  seat_reserved: { 'zh-CN': '{field}是预留座位，不能安排人员', en: '{field} is a reserved seat and stays empty' },
  seat_taken: { 'zh-CN': '{field}已安排了其他人', en: '{field} is already taken' },
  seated_twice: { 'zh-CN': '{field}已安排了座位，不能重复安排', en: '{field} already has a seat' },
  seat_key: { 'zh-CN': '{field}应为「排-座」格式，如 3-12', en: '{field} must be "row-seat", e.g. 3-12' },
  // On-site check-in.
  reentry_needs_exit: { 'zh-CN': '允许再次入场须先开启出场登记', en: 'Re-entry needs exits to be tracked' },
  checkin_list_used: { 'zh-CN': '该签到表已有人签到，不能删除', en: 'People have checked in on this list; it cannot be deleted' },
  scan_not_flagged: { 'zh-CN': '该扫码记录不是待核查的重复入场', en: 'This scan is not a flagged duplicate' },
  logo_type: { 'zh-CN': '标志只能是 PNG、JPEG 或 SVG 图片', en: 'The logo must be a PNG, JPEG or SVG image' },
  photo_type: { 'zh-CN': '照片只能是 JPEG 或 PNG 格式', en: 'The photo must be a JPEG or PNG image' },
};

/** The kind of record a request is about: the same field name means different things on each. */
export type Entity = 'meeting' | 'person' | 'department' | 'user' | 'org' | 'venue' | 'booking' | 'notice' | 'rsvp' | 'material';


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
