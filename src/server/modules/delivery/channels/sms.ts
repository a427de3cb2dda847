/** The SMS channel: Aliyun dysmsapi SendSms over the classic RPC API, signed with HMAC-SHA1 (signature version 1.0). */
import { createHmac, randomUUID } from 'node:crypto';
import { ChannelError, type SendResult } from './types';

/** Aliyun SMS account settings: endpoint (e.g. https://dysmsapi.aliyuncs.com/), AccessKey pair, approved sign name and template. */
export type SmsConfig = { endpoint: string; accessKeyId: string; accessKeySecret: string; signName: string; templateCode: string };

/** One text message: the phone number and the values for the template's ${variables}. */
export type SmsMessage = { phone: string; params: Record<string, string> };

const TIMEOUT_MS = 10_000;

/** Aliyun's "POP" percent-encoding: RFC 3986 (only A-Z a-z 0-9 - _ . ~ left as is), UTF-8, upper-case hex. */
export function aliyunPercentEncode(value: string): string {
  // encodeURIComponent leaves ! ' ( ) * alone; Aliyun (Java URLEncoder + its fix-ups) encodes them.
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The sorted, encoded query string that the signature covers (every parameter but Signature). */
export function aliyunCanonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k])}`)
    .join('&');
}

/** The RPC signature: base64(HMAC-SHA1(key = secret + '&', `${method}&%2F&` + encode(canonical query))). */
export function aliyunSignature(params: Record<string, string>, secret: string, method: 'GET' | 'POST' = 'POST'): string {
  const stringToSign = `${method}&${aliyunPercentEncode('/')}&${aliyunPercentEncode(aliyunCanonicalQuery(params))}`;
  return createHmac('sha1', `${secret}&`).update(stringToSign, 'utf8').digest('base64');
}

/** Aliyun's timestamp format: ISO 8601 in UTC, without milliseconds. */
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The signed SendSms parameters for one message. */
export function sendSmsParams(config: SmsConfig, msg: SmsMessage, now: number, nonce: string): Record<string, string> {
  const params: Record<string, string> = {
    Action: 'SendSms',
    Version: '2017-05-25',
    Format: 'JSON',
    AccessKeyId: config.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: nonce,
    Timestamp: isoSeconds(now),
    RegionId: 'cn-hangzhou',
    PhoneNumbers: msg.phone,
    SignName: config.signName,
    TemplateCode: config.templateCode,
    TemplateParam: JSON.stringify(msg.params),
  };
  return { ...params, Signature: aliyunSignature(params, config.accessKeySecret, 'POST') };
}

// Flow control and server-side trouble pass; bad numbers, templates, signatures and keys do not.
const RETRYABLE = /^(isv\.(BUSINESS|DAY|MINUTE|HOUR)_LIMIT_CONTROL|Throttling.*|isp\.SYSTEM_ERROR|ServiceUnavailable|InternalError|SDK\.ServerUnreachable)$/;

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 197)}...` : s);

/** Sends one SMS through Aliyun; resolves with the BizId, throws ChannelError (retryable for flow control, 5xx, network trouble). */
export async function sendSms(config: SmsConfig, msg: SmsMessage, now = Date.now(), nonce: string = randomUUID()): Promise<SendResult> {
  const params = sendSmsParams(config, msg, now, nonce);
  const form = Object.entries(params)
    .map(([k, v]) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(v)}`)
    .join('&');
  let res: Response;
  let text: string;
  try {
    res = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', accept: 'application/json' },
      body: form,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await res.text();
  } catch (err) {
    const cause = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
    throw new ChannelError(clip(`Aliyun SMS network error: ${cause}`), true);
  }
  let answer: { Code?: unknown; Message?: unknown; BizId?: unknown };
  try {
    answer = JSON.parse(text);
  } catch {
    throw new ChannelError(clip(`Aliyun SMS HTTP ${res.status}: unexpected answer ${text.slice(0, 80)}`), res.status >= 500 || res.status === 429);
  }
  const code = typeof answer.Code === 'string' ? answer.Code : '';
  if (res.ok && code === 'OK') return { providerId: typeof answer.BizId === 'string' ? answer.BizId : null };
  const retryable = res.status >= 500 || res.status === 429 || RETRYABLE.test(code);
  const message = typeof answer.Message === 'string' ? answer.Message : '';
  throw new ChannelError(clip(`Aliyun SMS ${code || `HTTP ${res.status}`} ${message}`.trim()), retryable);
}
