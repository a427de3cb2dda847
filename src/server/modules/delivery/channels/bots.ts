/** The group-robot channel: posts a markdown notice to a DingTalk, WeCom or Feishu group through its custom-robot webhook. */
import { createHmac } from 'node:crypto';
import { ChannelError, type BotMessage, type SendResult } from './types';

/** A group robot as configured by the secretariat: its webhook and, for DingTalk/Feishu, the signing secret. */
export type BotTarget = { platform: 'dingtalk' | 'wecom' | 'feishu'; webhookUrl: string; secret: string | null };

const TIMEOUT_MS = 10_000;

/** DingTalk's robot signature: base64(HMAC-SHA256(key = secret, data = `${ms}\n${secret}`)), before URL encoding. */
export function dingtalkSign(timestampMs: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** Feishu's robot signature: base64(HMAC-SHA256(key = `${seconds}\n${secret}`, message = empty)). */
export function feishuSign(timestampSeconds: number, secret: string): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

type FeishuElement = { tag: 'text'; text: string } | { tag: 'a'; text: string; href: string };

/** Turns markdown lines into Feishu "post" lines: links become `a` elements, headings and emphasis marks are dropped. */
export function feishuPostLines(markdown: string): FeishuElement[][] {
  const lines: FeishuElement[][] = [];
  for (const rawLine of markdown.split(/\r?\n/)) {
    const line = rawLine.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*|__/g, '');
    if (line.trim() === '') continue;
    const elements: FeishuElement[] = [];
    let rest = line;
    for (let m = /\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest); m; m = /\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest)) {
      if (m.index > 0) elements.push({ tag: 'text', text: rest.slice(0, m.index) });
      elements.push({ tag: 'a', text: m[1], href: m[2] });
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest) elements.push({ tag: 'text', text: rest });
    lines.push(elements);
  }
  return lines;
}

type Request = { url: string; body: unknown };

function dingtalkRequest(bot: BotTarget, msg: BotMessage, now: number): Request {
  const url = new URL(bot.webhookUrl);
  if (bot.secret) {
    // URLSearchParams percent-encodes the base64 (+ / =), which is the urlencode DingTalk asks for.
    url.searchParams.set('timestamp', String(now));
    url.searchParams.set('sign', dingtalkSign(now, bot.secret));
  }
  return { url: url.toString(), body: { msgtype: 'markdown', markdown: { title: msg.title, text: msg.markdown } } };
}

function wecomRequest(bot: BotTarget, msg: BotMessage): Request {
  // WeCom markdown has no title field: the title goes first, in bold.
  return { url: bot.webhookUrl, body: { msgtype: 'markdown', markdown: { content: `**${msg.title}**\n${msg.markdown}` } } };
}

function feishuRequest(bot: BotTarget, msg: BotMessage, now: number): Request {
  const ts = Math.floor(now / 1000);
  const signed = bot.secret ? { timestamp: String(ts), sign: feishuSign(ts, bot.secret) } : {};
  return { url: bot.webhookUrl, body: { ...signed, msg_type: 'post', content: { post: { zh_cn: { title: msg.title, content: feishuPostLines(msg.markdown) } } } } };
}

const NAMES = { dingtalk: 'DingTalk', wecom: 'WeCom', feishu: 'Feishu' } as const;

// Platform answers worth retrying: rate limits and "system busy". Anything else (bad sign, wrong key, keywords) needs a person.
function retryableCode(platform: BotTarget['platform'], code: number, message: string): boolean {
  if (platform === 'dingtalk') return code === 130101 || code === -1;
  if (platform === 'wecom') return code === 45009 || code === -1;
  // Feishu answers 9499 both for "too many request" and for a malformed body; only the former is worth another try.
  return code === 11232 || (code === 9499 && /too many|limit|frequen/i.test(message));
}

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 197)}...` : s);

/** Posts one markdown message to a group robot; throws ChannelError (retryable for 5xx, network trouble and rate limits). */
export async function sendBot(bot: BotTarget, msg: BotMessage, now = Date.now()): Promise<SendResult> {
  const name = NAMES[bot.platform];
  const { url, body } =
    bot.platform === 'dingtalk' ? dingtalkRequest(bot, msg, now) : bot.platform === 'wecom' ? wecomRequest(bot, msg) : feishuRequest(bot, msg, now);
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    text = await res.text();
  } catch (err) {
    const cause = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
    throw new ChannelError(clip(`${name} network error: ${cause}`), true);
  }
  if (res.status >= 500 || res.status === 429) throw new ChannelError(`${name} HTTP ${res.status}`, true);
  let answer: { errcode?: unknown; errmsg?: unknown; code?: unknown; msg?: unknown };
  try {
    answer = JSON.parse(text);
  } catch {
    throw new ChannelError(clip(`${name} HTTP ${res.status}: unexpected answer ${text.slice(0, 80)}`), res.ok);
  }
  const code = Number(bot.platform === 'feishu' ? answer.code : answer.errcode);
  const message = String((bot.platform === 'feishu' ? answer.msg : answer.errmsg) ?? '');
  if (!Number.isFinite(code)) throw new ChannelError(clip(`${name} HTTP ${res.status}: answer without a code`), res.ok);
  if (code !== 0) throw new ChannelError(clip(`${name} ${code} ${message}`.trim()), retryableCode(bot.platform, code, message));
  if (!res.ok) throw new ChannelError(`${name} HTTP ${res.status}`, false);
  return { providerId: null };
}
