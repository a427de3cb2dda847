import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotServer, type BotServer } from '../../../testing/channel-servers';
import { dingtalkSign, feishuPostLines, feishuSign, sendBot, type BotTarget } from './bots';
import { ChannelError, type BotMessage } from './types';

const SECRETS = { dingtalk: 'SEC0123456789abcdef', feishu: 'fs-Secret-42', wecomKey: 'wk-693a91f6' };
const msg: BotMessage = { title: '会议通知', markdown: '### 年度预算评审会\n**时间**：11 月 27 日 09:00\n[查看详情](https://huiwu.example/m/1)' };

let server: BotServer;
beforeAll(async () => {
  server = await startBotServer(SECRETS);
});
afterAll(() => server.close());

const target = (platform: BotTarget['platform'], secret: string | null): BotTarget => ({
  platform,
  secret,
  webhookUrl:
    platform === 'dingtalk' ? `${server.url}/dingtalk/robot/send?access_token=T0KEN`
    : platform === 'wecom' ? `${server.url}/wecom/cgi-bin/webhook/send?key=${secret ?? ''}`
    : `${server.url}/feishu/open-apis/bot/v2/hook/0b7c-hook`,
});
const dingtalk = (secret = SECRETS.dingtalk) => target('dingtalk', secret);
const wecom = (key = SECRETS.wecomKey) => target('wecom', key);
const feishu = (secret = SECRETS.feishu) => target('feishu', secret);

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a ChannelError'); }, (e: unknown) => e as ChannelError);
const last = () => server.received[server.received.length - 1];

/** HMAC-SHA256 → base64 through WebCrypto, an implementation apart from node:crypto's createHmac used by the sender. */
async function webHmac(key: string, data: string): Promise<string> {
  const k = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return Buffer.from(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(data))).toString('base64');
}

describe('signing helpers', () => {
  it('dingtalkSign keys the HMAC with the secret over "ms\\nsecret"', async () => {
    expect(dingtalkSign(1_764_201_600_000, 'SECabc')).toBe(await webHmac('SECabc', '1764201600000\nSECabc'));
  });
  it('feishuSign keys the HMAC with "seconds\\nsecret" over an empty message', async () => {
    expect(feishuSign(1_764_201_600, 'abc')).toBe(await webHmac('1764201600\nabc', ''));
  });
});

describe('group robots accepted by a verifying server', () => {
  it('DingTalk: signed URL (a sign with + survives URL encoding) and markdown body', async () => {
    // Pick a timestamp whose signature has a '+', which a query string reads as a space unless it is URL-encoded.
    let ts = Date.now();
    while (!dingtalkSign(ts, SECRETS.dingtalk).includes('+')) ts += 1;
    await expect(sendBot(dingtalk(), msg, ts)).resolves.toEqual({ providerId: null });
    expect(last()).toMatchObject({ platform: 'dingtalk', ok: true, body: { msgtype: 'markdown', markdown: { title: '会议通知', text: msg.markdown } } });
  });

  it('WeCom: the key in the URL, the title as a bold first line', async () => {
    await expect(sendBot(wecom(), msg)).resolves.toEqual({ providerId: null });
    expect(last()).toMatchObject({ platform: 'wecom', ok: true, body: { msgtype: 'markdown', markdown: { content: `**会议通知**\n${msg.markdown}` } } });
  });

  it('Feishu: signed body with a zh_cn post', async () => {
    await expect(sendBot(feishu(), msg)).resolves.toEqual({ providerId: null });
    const got = last();
    expect(got).toMatchObject({ platform: 'feishu', ok: true, body: { msg_type: 'post', content: { post: { zh_cn: { title: '会议通知' } } } } });
    expect(typeof (got.body as { timestamp: unknown }).timestamp).toBe('string');
  });
});

describe('group robot failures', () => {
  it('a wrong secret or key is refused with the platform’s code and is not retried', async () => {
    const ding = await failure(sendBot(dingtalk('SECwrong'), msg));
    expect(ding).toBeInstanceOf(ChannelError);
    expect([ding.retryable, ding.reason]).toEqual([false, 'DingTalk 310000 sign not match']);
    const wc = await failure(sendBot(wecom('wk-wrong'), msg));
    expect([wc.retryable, wc.reason]).toEqual([false, 'WeCom 93000 invalid webhook url']);
    const fs = await failure(sendBot(feishu('wrong'), msg));
    expect(fs.retryable).toBe(false);
    expect(fs.reason).toMatch(/^Feishu 19021 sign match fail/);
    expect(server.received.slice(-3).map((r) => r.ok)).toEqual([false, false, false]);
  });

  it('a missing signature is refused too', async () => {
    const err = await failure(sendBot(dingtalk('') /* empty secret: unsigned */, msg));
    expect([err.retryable, err.reason]).toEqual([false, 'DingTalk 310000 sign not match']);
  });

  it.each(['dingtalk', 'wecom', 'feishu'] as const)('%s: a rate limit and an HTTP 500 are retried, then the send goes through', async (platform) => {
    const bot = platform === 'dingtalk' ? dingtalk() : platform === 'wecom' ? wecom() : feishu();
    server.failNext(platform, 1, 'ratelimit');
    const limited = await failure(sendBot(bot, msg));
    expect(limited.retryable).toBe(true);
    expect(limited.reason).toMatch(/130101|45009|11232/);
    server.failNext(platform, 1, 'http500');
    const down = await failure(sendBot(bot, msg));
    expect([down.retryable, down.reason]).toEqual([true, `${{ dingtalk: 'DingTalk', wecom: 'WeCom', feishu: 'Feishu' }[platform]} HTTP 500`]);
    await expect(sendBot(bot, msg)).resolves.toEqual({ providerId: null });
  });

  it('an unreachable webhook is retried', async () => {
    const err = await failure(sendBot({ platform: 'wecom', webhookUrl: 'http://127.0.0.1:1/cgi-bin/webhook/send?key=x', secret: null }, msg));
    expect(err.retryable).toBe(true);
    expect(err.reason).toMatch(/^WeCom network error/);
  });
});

describe('feishuPostLines', () => {
  it('keeps text, turns links into a elements and drops heading and bold marks', () => {
    expect(feishuPostLines('### 标题\n\n**时间**：明天 [详情](https://x.example/1) 见')).toEqual([
      [{ tag: 'text', text: '标题' }],
      [{ tag: 'text', text: '时间：明天 ' }, { tag: 'a', text: '详情', href: 'https://x.example/1' }, { tag: 'text', text: ' 见' }],
    ]);
  });
});
