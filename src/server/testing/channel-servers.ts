/** Local stand-ins for the mail server, the group-robot webhooks and Aliyun SMS that check wire format and signatures, for tests and benchmarks. */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A running SMTP sink: everything it accepted, in arrival order. */
export type SmtpSink = {
  port: number;
  url: string;
  /** Parsed messages (empty when started with `parse: false`). */
  messages: ParsedMail[];
  raw: string[];
  /** The Message-ID header of each raw message, read without parsing the MIME tree. */
  messageIds: string[];
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/** Starts an SMTP server on 127.0.0.1 that accepts any login, answers 550 for `rejectRecipients`, and keeps what it receives. */
export async function startSmtpSink(opts: { rejectRecipients?: string[]; parse?: boolean } = {}): Promise<SmtpSink> {
  const parse = opts.parse ?? true;
  const rejected = new Set((opts.rejectRecipients ?? []).map((a) => a.toLowerCase()));
  const raw: string[] = [];
  const messageIds: string[] = [];
  const messages: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  let parsing: Promise<void> = Promise.resolve();
  let parseError: Error | null = null;
  const count = () => (parse ? messages.length : raw.length);
  const notify = () => waiters.forEach((w) => w());

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 200,
    onAuth: (auth, _session, cb) => cb(null, { user: auth.username ?? 'anonymous' }),
    onRcptTo(address, _session, cb) {
      if (!rejected.has(address.address.toLowerCase())) return cb();
      cb(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        raw.push(text);
        const headerEnd = text.indexOf('\r\n\r\n');
        const head = headerEnd === -1 ? text : text.slice(0, headerEnd);
        messageIds.push(/^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '');
        if (!parse) notify();
        else parsing = parsing.then(() => simpleParser(text)).then((m) => void messages.push(m), (e: Error) => void (parseError ??= e)).then(notify);
        cb(null, 'OK: queued');
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    raw,
    messageIds,
    waitFor: (n, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (count() < n && !parseError) return;
          clearTimeout(timer);
          waiters.delete(check);
          if (count() >= n) resolve();
          else reject(parseError);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`SMTP sink: expected ${n} messages, got ${count()}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The platforms the bot server stands in for. */
export type StubPlatform = 'dingtalk' | 'wecom' | 'feishu' | 'sms';

/** One request the bot server saw, and whether it accepted it. */
export type StubRequest = { platform: StubPlatform; body: unknown; ok: boolean; error?: string };

/** A running webhook / SMS stand-in. */
export type BotServer = {
  url: string;
  received: StubRequest[];
  /** Makes the next `n` requests to `platform` fail: with HTTP 500, or with the platform's own rate-limit answer. */
  failNext(platform: StubPlatform, n: number, kind: 'http500' | 'ratelimit'): void;
  close(): Promise<void>;
};

/** Secrets the stand-in checks requests against; a platform without one accepts unsigned requests. */
export type BotServerSecrets = { dingtalk?: string; feishu?: string; wecomKey?: string; sms?: { accessKeyId: string; accessKeySecret: string } };

type Reply = { status: number; body: unknown; error?: string };

const hmacB64 = (algo: 'sha1' | 'sha256', key: string, data: string) => createHmac(algo, key).update(data, 'utf8').digest('base64');
const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const HOUR = 3_600_000;

const RATE_LIMITED: Record<StubPlatform, Reply> = {
  dingtalk: { status: 200, body: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' } },
  wecom: { status: 200, body: { errcode: 45009, errmsg: 'api freq out of limit' } },
  feishu: { status: 200, body: { code: 11232, msg: 'frequency limited', data: {} } },
  sms: { status: 200, body: { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1', RequestId: 'stub' } },
};

function dingtalk(q: URLSearchParams, body: Record<string, any>, secret: string | undefined): Reply {
  if (!q.get('access_token')) return { status: 200, body: { errcode: 300001, errmsg: 'token is not exist' }, error: 'no access_token' };
  if (secret) {
    const ts = Number(q.get('timestamp'));
    const expected = hmacB64('sha256', secret, `${q.get('timestamp')}\n${secret}`);
    if (!Number.isFinite(ts) || Math.abs(Date.now() - ts) > HOUR || !same(q.get('sign') ?? '', expected)) {
      return { status: 200, body: { errcode: 310000, errmsg: 'sign not match' }, error: 'sign not match' };
    }
  }
  if (body.msgtype !== 'markdown' || !isStr(body.markdown?.title) || !isStr(body.markdown?.text)) {
    return { status: 200, body: { errcode: 40035, errmsg: 'invalid parameter' }, error: 'bad markdown body' };
  }
  return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
}

function wecom(q: URLSearchParams, body: Record<string, any>, key: string | undefined): Reply {
  if (!q.get('key') || (key !== undefined && q.get('key') !== key)) {
    return { status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url' }, error: 'wrong key' };
  }
  const content = body.markdown?.content;
  if (body.msgtype !== 'markdown' || !isStr(content)) return { status: 200, body: { errcode: 40008, errmsg: 'invalid message type' }, error: 'bad markdown body' };
  if (Buffer.byteLength(content) > 4096) return { status: 200, body: { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' }, error: 'too long' };
  return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
}

function feishu(body: Record<string, any>, secret: string | undefined): Reply {
  if (secret) {
    const ts = Number(body.timestamp);
    // Feishu's key is the string to sign; the HMAC runs over an empty message.
    const expected = hmacB64('sha256', `${body.timestamp}\n${secret}`, '');
    if (typeof body.timestamp !== 'string' || !Number.isInteger(ts) || Math.abs(Date.now() - ts * 1000) > HOUR || !same(String(body.sign ?? ''), expected)) {
      return { status: 200, body: { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time', data: {} }, error: 'sign match fail' };
    }
  }
  const post = body.content?.post?.zh_cn;
  const ok =
    (body.msg_type === 'text' && isStr(body.content?.text)) ||
    (body.msg_type === 'post' && isStr(post?.title) && Array.isArray(post.content) && post.content.every((line: unknown) => Array.isArray(line) && line.every((el: any) => isStr(el?.tag))));
  if (!ok) return { status: 400, body: { code: 9499, msg: 'Bad Request', data: {} }, error: 'bad body' };
  return { status: 200, body: { code: 0, msg: 'success', data: {}, StatusCode: 0, StatusMessage: 'success' } };
}

// RFC 3986 encoding byte by byte: everything but A-Z a-z 0-9 - _ . ~ as %XX (written apart from the sender's encoder on purpose).
function rfc3986(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function sms(form: URLSearchParams, creds: BotServerSecrets['sms'], nonces: Set<string>, bizSeq: () => number): Reply {
  const p = Object.fromEntries(form);
  const bad = (Code: string, Message: string, status = 400): Reply => ({ status, body: { Code, Message, RequestId: randomUUID() }, error: Code });
  const required = ['AccessKeyId', 'Action', 'Format', 'PhoneNumbers', 'RegionId', 'SignName', 'Signature', 'SignatureMethod', 'SignatureNonce', 'SignatureVersion', 'TemplateCode', 'Timestamp', 'Version'];
  const missing = required.find((k) => !isStr(p[k]));
  if (missing) return bad(`Missing${missing}`, `${missing} is mandatory for this action.`);
  if (p.Action !== 'SendSms' || p.Version !== '2017-05-25') return bad('InvalidAction.NotFound', 'Specified api is not found');
  if (p.SignatureMethod !== 'HMAC-SHA1' || p.SignatureVersion !== '1.0') return bad('InvalidSignatureMethod', 'signature method not supported');
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(p.Timestamp)) return bad('InvalidTimeStamp.Format', 'Specified time stamp does not match the specified format.');
  if (Math.abs(Date.now() - Date.parse(p.Timestamp)) > 15 * 60_000) return bad('InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  if (creds && p.AccessKeyId !== creds.accessKeyId) return bad('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
  if (creds) {
    const canonical = Object.keys(p).filter((k) => k !== 'Signature').sort().map((k) => `${rfc3986(k)}=${rfc3986(p[k])}`).join('&');
    const expected = hmacB64('sha1', `${creds.accessKeySecret}&`, `POST&${rfc3986('/')}&${rfc3986(canonical)}`);
    if (!same(p.Signature, expected)) return bad('SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
  }
  if (nonces.has(p.SignatureNonce)) return bad('SignatureNonceUsed', 'Specified signature nonce was used already.');
  nonces.add(p.SignatureNonce);
  if (p.TemplateParam !== undefined) {
    try {
      const v: unknown = JSON.parse(p.TemplateParam);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
    } catch {
      return bad('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值', 200);
    }
  }
  if (!p.PhoneNumbers.split(',').every((n) => /^(\+?86)?1\d{10}$|^00\d{6,15}$/.test(n))) return bad('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号', 200);
  return { status: 200, body: { Code: 'OK', Message: 'OK', BizId: `${900_000_000_000 + bizSeq()}^0`, RequestId: randomUUID() } };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject);
  });

/** Starts an HTTP server on 127.0.0.1 that answers like DingTalk, WeCom and Feishu robots and Aliyun SMS, verifying each request. */
export async function startBotServer(secrets: BotServerSecrets = {}): Promise<BotServer> {
  const received: StubRequest[] = [];
  const failures = new Map<StubPlatform, { n: number; kind: 'http500' | 'ratelimit' }>();
  const nonces = new Set<string>();
  let biz = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stub');
    const text = await readBody(req);
    const platform: StubPlatform | null = url.pathname === '/dingtalk/robot/send' ? 'dingtalk'
      : url.pathname === '/wecom/cgi-bin/webhook/send' ? 'wecom'
      : url.pathname.startsWith('/feishu/open-apis/bot/v2/hook/') ? 'feishu'
      : url.pathname === '/sms/' ? 'sms' : null;
    const send = (r: Reply) => {
      res.writeHead(r.status, { 'content-type': typeof r.body === 'string' ? 'text/plain' : 'application/json;charset=utf-8' });
      res.end(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
    };
    if (!platform || req.method !== 'POST') return send({ status: 404, body: 'not found' });
    let body: unknown;
    let reply: Reply;
    if (platform === 'sms') {
      const form = new URLSearchParams(text);
      body = Object.fromEntries(form);
      reply = sms(form, secrets.sms, nonces, () => ++biz);
    } else {
      body = parseJson(text);
      const obj = (typeof body === 'object' && body !== null ? body : {}) as Record<string, any>;
      reply = platform === 'dingtalk' ? dingtalk(url.searchParams, obj, secrets.dingtalk) : platform === 'wecom' ? wecom(url.searchParams, obj, secrets.wecomKey) : feishu(obj, secrets.feishu);
    }
    const failure = failures.get(platform);
    if (failure && failure.n > 0) {
      failure.n -= 1;
      reply = failure.kind === 'http500' ? { status: 500, body: 'Internal Server Error', error: 'injected http500' } : { ...RATE_LIMITED[platform], error: 'injected ratelimit' };
    }
    received.push({ platform, body, ok: reply.error === undefined, ...(reply.error !== undefined ? { error: reply.error } : {}) });
    send(reply);
  }

  const server = createServer((req, res) => void handle(req, res).catch((err: unknown) => res.writeHead(500).end(String(err))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext: (platform, n, kind) => void failures.set(platform, { n, kind }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}
