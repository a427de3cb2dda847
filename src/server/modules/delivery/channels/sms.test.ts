import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotServer, type BotServer } from '../../../testing/channel-servers';
import { aliyunPercentEncode, aliyunSignature, sendSms, type SmsConfig } from './sms';
import { ChannelError } from './types';

// Aliyun's documented SendSms signing example (AccessKeyId testId, secret testSecret), signed for GET.
const DOC_PARAMS = {
  AccessKeyId: 'testId', Action: 'SendSms', Format: 'XML', OutId: '123', PhoneNumbers: '15300000001', RegionId: 'cn-hangzhou',
  SignName: '阿里云短信测试专用', SignatureMethod: 'HMAC-SHA1', SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466', SignatureVersion: '1.0',
  TemplateCode: 'SMS_71390007', TemplateParam: '{"customer":"test"}', Timestamp: '2017-07-12T02:42:19Z', Version: '2017-05-25',
};
// The documented string to sign for that example, minus its leading "GET".
const DOC_STRING_TO_SIGN_TAIL =
  '&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou' +
  '%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8' +
  '%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007' +
  '%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25';

/** HMAC-SHA1 → base64 through WebCrypto, apart from the node:crypto path the signer uses. */
async function webHmacSha1(key: string, data: string): Promise<string> {
  const k = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  return Buffer.from(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(data))).toString('base64');
}

describe('aliyunSignature', () => {
  it('reproduces Aliyun’s documented SendSms example', () => {
    expect(aliyunSignature(DOC_PARAMS, 'testSecret', 'GET')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('reproduces Aliyun’s documented RPC example (DescribeRegions)', () => {
    const params = {
      AccessKeyId: 'testid', Action: 'DescribeRegions', Format: 'XML', SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', SignatureVersion: '1.0', Timestamp: '2016-02-23T12:46:24Z', Version: '2014-05-26',
    };
    expect(aliyunSignature(params, 'testsecret', 'GET')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('signs POST over the same canonical string with POST in front, and ignores a Signature parameter', async () => {
    const expected = await webHmacSha1('testSecret&', `POST${DOC_STRING_TO_SIGN_TAIL}`);
    expect(aliyunSignature({ ...DOC_PARAMS, Signature: 'stale' }, 'testSecret')).toBe(expected);
  });

  it('percent-encodes like Aliyun: space as %20, * ! \' ( ) encoded, ~ kept', () => {
    expect(aliyunPercentEncode("a b*~!'()+/=")).toBe('a%20b%2A~%21%27%28%29%2B%2F%3D');
  });
});

const CREDS = { accessKeyId: 'LTAI5tHuiwuTest', accessKeySecret: 'k9Fz+Secret/Value=' };
let server: BotServer;
let config: SmsConfig;
beforeAll(async () => {
  server = await startBotServer({ sms: CREDS });
  config = { endpoint: `${server.url}/sms/`, ...CREDS, signName: '会务通', templateCode: 'SMS_480150001' };
});
afterAll(() => server.close());

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a ChannelError'); }, (e: unknown) => e as ChannelError);
const msg = { phone: '13800138000', params: { meeting: '年度预算评审会（第二次）', time: "11-27 09:00 (Fri) *A* ~'!'" } };

describe('sendSms against a verifying server', () => {
  it('is accepted and reports the BizId', async () => {
    const result = await sendSms(config, msg);
    expect(result.providerId).toMatch(/^\d+\^0$/);
    const got = server.received[server.received.length - 1];
    expect(got).toMatchObject({ platform: 'sms', ok: true, body: { Action: 'SendSms', Format: 'JSON', PhoneNumbers: '13800138000', SignName: '会务通', TemplateCode: 'SMS_480150001' } });
    const body = got.body as Record<string, string>;
    expect(JSON.parse(body.TemplateParam)).toEqual(msg.params);
    expect(body.Timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('a wrong secret is a permanent failure', async () => {
    const err = await failure(sendSms({ ...config, accessKeySecret: 'wrong' }, msg));
    expect(err).toBeInstanceOf(ChannelError);
    expect(err.retryable).toBe(false);
    expect(err.reason).toMatch(/^Aliyun SMS SignatureDoesNotMatch/);
  });

  it('an illegal phone number is a permanent failure', async () => {
    const err = await failure(sendSms(config, { ...msg, phone: '12345' }));
    expect([err.retryable, err.reason]).toEqual([false, 'Aliyun SMS isv.MOBILE_NUMBER_ILLEGAL 非法手机号']);
  });

  it('a reused nonce is refused', async () => {
    await sendSms(config, msg, Date.now(), 'nonce-once');
    const err = await failure(sendSms(config, msg, Date.now(), 'nonce-once'));
    expect(err.reason).toMatch(/SignatureNonceUsed/);
  });

  it('flow control and HTTP 500 are retried, then the send goes through', async () => {
    server.failNext('sms', 1, 'ratelimit');
    const limited = await failure(sendSms(config, msg));
    expect([limited.retryable, limited.reason]).toEqual([true, 'Aliyun SMS isv.BUSINESS_LIMIT_CONTROL 触发分钟级流控Permits:1']);
    server.failNext('sms', 1, 'http500');
    const down = await failure(sendSms(config, msg));
    expect(down.retryable).toBe(true);
    await expect(sendSms(config, msg)).resolves.toMatchObject({ providerId: expect.stringMatching(/\^0$/) });
  });

  it('an unreachable endpoint is retried', async () => {
    const err = await failure(sendSms({ ...config, endpoint: 'http://127.0.0.1:1/' }, msg));
    expect([err.retryable, err.reason.startsWith('Aliyun SMS network error')]).toEqual([true, true]);
  });
});
