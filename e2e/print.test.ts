// Journey: the secretariat ranks the rostrum and seats a two-day forum on the 座次 tab (drag and tap); the admin uploads the
// organisation's logo; then badges, table cards, meal tickets, seat cards and the seat chart are printed. Each print page is rendered
// to PDF by Chromium and the PDFs are checked: page count for the people printed, A4, the names in the text, the table card's upper
// half turned over, a badge's QR decodes to the pass, and the logo is painted on the badges.
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, signInApi, startJourney, type Api, type Journey } from './server';

let j: Journey;
let api: Api;
let session: { name: string; value: string }[];
beforeAll(async () => {
  j = await startJourney();
  ({ api, cookies: session } = await signInApi(j.baseUrl, 'organiser'));
}, 120_000);
afterAll(() => j?.stop());

const UNITS = ['财政部', '人力资源部', '工业和信息化部', '中国人民银行'];
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张';
type Participant = { id: string; personName: string };
type Plan = { id: string; version: number; assignments: { area: string; row: number; seat: number; participantId: string }[] };

/** A two-day forum with 24 people of four units (one without), five ranked leaders, a VIP group, and a seated plan. */
async function forum() {
  const day = new Date(Date.now() + 40 * 86_400_000);
  const start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 1, 0);
  const meeting = await api<{ id: string }>('POST', '/api/meetings', {
    title: '数字经济发展论坛', kind: 'forum', scope: 'external', startAt: start, endAt: start + 86_400_000 + 8 * 3_600_000, timeZone: 'Asia/Shanghai',
  });
  let list: Participant[] = [];
  for (let i = 0; i < 24; i++) {
    const person = await api<{ id: string }>('POST', '/api/people', { kind: 'external', name: `${SURNAMES[i]}${'文华明丽伟静'[i % 6]}`, unit: i === 23 ? null : UNITS[i % 4], title: i < 5 ? '司长' : null });
    list = await api<Participant[]>('POST', `/api/meetings/${meeting.id}/participants`, { personId: person.id, role: i < 5 ? 'guest_speaker' : 'participant' });
  }
  for (const p of list.slice(0, 4)) await api('PATCH', `/api/meetings/${meeting.id}/participants/${p.id}`, { groupName: 'VIP嘉宾' });
  await api('PUT', `/api/meetings/${meeting.id}/protocol-ranks`, { participantIds: list.slice(0, 5).map((p) => p.id) });
  const plan = await api<Plan>('POST', `/api/meetings/${meeting.id}/seating-plans`, { name: '主会场', layout: { rostrumRows: [5], rows: 6, seatsPerRow: 8, aisles: [4], reserved: ['1-1', '1-8'] } });
  const seated = await api<Plan & { unassigned: string[] }>('POST', `/api/seating-plans/${plan.id}/auto-assign`, { version: plan.version });
  expect(seated.unassigned).toEqual([]);
  return { meetingId: meeting.id, people: list, plan: seated };
}

async function context(lang: 'zh-CN' | 'en', width = 1280): Promise<BrowserContext> {
  const ctx = await j.browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'Asia/Shanghai', locale: lang, reducedMotion: 'reduce', ...(width < 500 ? { isMobile: true, hasTouch: true } : {}) });
  await ctx.addCookies([...session, { name: 'huiwu_lang', value: encodeURIComponent(lang) }].map((c) => ({ ...c, url: j.baseUrl })));
  return ctx;
}

const pdfDir = path.join(SHOTS, 'print');

/**
 * Page count, page sizes (pt) and text of a PDF, read with pdf.js. Chromium's PDFs map some glyphs that Noto CJK shares between an
 * ideograph and a radical to the radical (文 comes out as ⽂ U+2F42, 长 as ⻓ U+2EBB): NFKC folds the Kangxi radicals back; the few in
 * the CJK Radicals Supplement become '?', which `has` accepts for any character.
 */
async function pdfFacts(file: string) {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), disableFontFace: true, verbosity: 0 }).promise;
  const sizes: [number, number][] = [];
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    sizes.push([page.view[2] - page.view[0], page.view[3] - page.view[1]]);
    text += `${(await page.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join('')}\n`;
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, sizes, text: text.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, '?').replace(/[ \t]+/g, '') };
}

/** True when the extracted text holds the words (a '?' in the text stands for any one character, see `pdfFacts`). */
function has(text: string, words: string): boolean {
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp([...words.replace(/\s/g, '')].map((c) => `(?:${escape(c)}|\\?)`).join('')).test(text);
}

/** Renders a print page to PDF as Chromium prints it and returns the page and the PDF's facts. */
async function printToPdf(ctx: BrowserContext, url: string, name: string) {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${j.baseUrl}${url}`);
  await page.getByTestId('print-page').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(pdfDir, `${name}-screen.png`) });
  const file = path.join(pdfDir, `${name}.pdf`);
  fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(errors).toEqual([]);
  return { page, file, ...(await pdfFacts(file)) };
}

/** How many raster images the PDF's page `n` paints. */
async function imagesPainted(file: string, n: number): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), disableFontFace: true, verbosity: 0 }).promise;
  const ops = await (await doc.getPage(n)).getOperatorList();
  const count = ops.fnArray.filter((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject).length;
  await doc.destroy();
  return count;
}

/** Every page is A4 (595.28 × 841.89 pt), portrait or landscape, within a point. */
function expectA4(sizes: [number, number][], landscape: boolean) {
  for (const [w, h] of sizes) {
    expect(Math.abs((landscape ? h : w) - 595.28)).toBeLessThan(1);
    expect(Math.abs((landscape ? w : h) - 841.89)).toBeLessThan(1);
  }
}

/** Decodes the first QR code on the page: its SVG drawn on a canvas in the browser, the pixels read by jsQR here. */
async function firstQr(page: Page): Promise<string | null> {
  const size = 400;
  const pixels = await page.locator('svg[data-qr]').first().evaluate(async (svg, n) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: n, height: n });
    const c = canvas.getContext('2d')!;
    c.fillStyle = '#fff';
    c.fillRect(0, 0, n, n);
    c.drawImage(img, 20, 20, n - 40, n - 40);
    return Array.from(c.getImageData(0, 0, n, n).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}

describe('座次 and print pages', () => {
  let f: Awaited<ReturnType<typeof forum>>;

  it('ranks the rostrum and adjusts seats on the seating tab (drag and tap), saved with a new version', async () => {
    fs.mkdirSync(pdfDir, { recursive: true });
    f = await forum();
    const ctx = await context('zh-CN');
    const page = await ctx.newPage();
    await page.goto(`${j.baseUrl}/meetings/${f.meetingId}?tab=seating`);
    await page.getByTestId('seat-map').waitFor();
    // Five leaders on five seats, from the hall under 左为上: 5 3 1 2 4.
    expect((await page.getByTestId('rostrum-line-1').locator('b').allInnerTexts()).join(' ')).toBe('5 3 1 2 4');
    await page.getByTestId('rostrum-view').getByText('台上视角').click();
    expect((await page.getByTestId('rostrum-line-1').locator('b').allInnerTexts()).join(' ')).toBe('4 2 1 3 5');
    await page.getByTestId('rostrum-view').getByText('台下视角').click();
    await page.screenshot({ path: `${SHOTS}/seating-zh.png`, fullPage: true });

    // Tap a person in the hall, then an empty seat at the back: they move there.
    const back = page.locator('[data-seat="audience-6-8"]');
    const mover = f.plan.assignments.find((a) => a.area === 'audience')!;
    const moverName = f.people.find((p) => p.id === mover.participantId)!.personName;
    await page.getByTestId(`chip-${moverName}`).click();
    await back.click();
    await expect.poll(() => back.innerText()).toContain(moverName);
    // Drag another person onto the mover's old seat.
    const other = f.plan.assignments.filter((a) => a.area === 'audience')[3];
    const otherName = f.people.find((p) => p.id === other.participantId)!.personName;
    const from = (await page.getByTestId(`chip-${otherName}`).boundingBox())!;
    const to = (await page.locator(`[data-seat="audience-${mover.row}-${mover.seat}"]`).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator(`[data-seat="audience-${mover.row}-${mover.seat}"]`).innerText()).toContain(otherName);
    await page.getByTestId('seating-save').click();
    await expect.poll(async () => (await api<Plan>('GET', `/api/seating-plans/${f.plan.id}`)).version).toBe(f.plan.version + 1);
    const saved = await api<Plan>('GET', `/api/seating-plans/${f.plan.id}`);
    expect(saved.assignments.find((a) => a.participantId === mover.participantId)).toMatchObject({ row: 6, seat: 8 });
    expect(saved.assignments.find((a) => a.participantId === other.participantId)).toMatchObject({ row: mover.row, seat: mover.seat });
    f.plan = { ...saved, unassigned: [] };

    // Settings: 右为上 mirrors the rostrum (not saved: the draft only).
    await page.getByTestId('seating-settings').click();
    await page.getByText('右为上（国际惯例）').click();
    await page.screenshot({ path: `${SHOTS}/seating-settings-zh.png` });
    await page.getByTestId('seating-settings-apply').click();
    await expect.poll(async () => (await page.getByTestId('rostrum-line-1').locator('b').allInnerTexts()).join(' ')).toBe('4 2 1 3 5');

    const en = await (await context('en')).newPage();
    await en.goto(`${j.baseUrl}/meetings/${f.meetingId}?tab=seating`);
    await en.getByTestId('seat-map').waitFor();
    await en.screenshot({ path: `${SHOTS}/seating-en.png`, fullPage: true });
    const phone = await (await context('zh-CN', 390)).newPage();
    await phone.goto(`${j.baseUrl}/meetings/${f.meetingId}?tab=seating`);
    await phone.getByTestId('seat-map').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(392);
    await phone.screenshot({ path: `${SHOTS}/seating-390.png`, fullPage: true });
  });

  it('the admin uploads the organisation logo on the settings page (saved at once, shown on the colour band)', async () => {
    const { cookies } = await signInApi(j.baseUrl, 'admin');
    const ctx = await j.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' });
    await ctx.addCookies(cookies.map((c) => ({ ...c, url: j.baseUrl })));
    const page = await ctx.newPage();
    await page.goto(`${j.baseUrl}/admin/org`);
    // A PNG logo drawn by the browser itself: a red seal with 华信 on it.
    const png = await page.evaluate(() => {
      const c = Object.assign(document.createElement('canvas'), { width: 240, height: 240 });
      const g = c.getContext('2d')!;
      g.fillStyle = '#c8161d';
      g.beginPath();
      g.arc(120, 120, 110, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = '#fff';
      g.font = 'bold 80px sans-serif';
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText('华信', 120, 124);
      return c.toDataURL('image/png').split(',')[1];
    });
    const file = path.join(pdfDir, 'logo.png');
    fs.writeFileSync(file, Buffer.from(png, 'base64'));
    await page.getByTestId('logo-upload').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    const preview = page.getByTestId('logo-preview').locator('img');
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
    await page.getByTestId('logo-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/org-logo-zh.png`, fullPage: true });
    // A file that is not an image is refused with the field's own message, and the logo stays.
    const bad = path.join(pdfDir, 'logo.png.txt');
    fs.writeFileSync(bad, 'not an image');
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByText('标志只能是 PNG、JPEG 或 SVG 图片').waitFor();
    expect((await api<{ logoUpdatedAt: number | null }>('GET', '/api/org')).logoUpdatedAt).not.toBeNull();
    await ctx.close();
  });

  it('prints badges, table cards, meal tickets, seat cards and the seat chart as A4 PDFs', async () => {
    const ctx = await context('zh-CN');
    const names = f.people.map((p) => p.personName);
    const passes = await api<{ participantId: string; token: string }[]>('GET', `/api/meetings/${f.meetingId}/passes`);

    const badges = await printToPdf(ctx, `/print/${f.meetingId}/badges`, 'badges');
    expect(badges.pages).toBe(6);
    expectA4(badges.sizes, false);
    for (const n of names) expect(has(badges.text, n), n).toBe(true);
    expect(has(badges.text, '华信科技集团')).toBe(true);
    expect(passes.map((p) => p.token)).toContain(await firstQr(badges.page));
    // The logo is on every badge's band, loaded, and drawn into the PDF (a raster image; the QR codes are vector paths).
    const logos = badges.page.getByTestId('org-logo').locator('img');
    expect(await logos.count()).toBe(24);
    expect(await logos.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth === 240))).toBe(true);
    expect(await imagesPainted(badges.file, 1)).toBeGreaterThanOrEqual(4);
    const vip = await printToPdf(ctx, `/print/${f.meetingId}/badges?who=${encodeURIComponent('group:VIP嘉宾')}`, 'badges-vip');
    expect(vip.pages).toBe(1);
    expect(has(vip.text, names[10])).toBe(false);

    const tents = await printToPdf(ctx, `/print/${f.meetingId}/table-cards`, 'table-cards');
    expect(tents.pages).toBe(24);
    expectA4(tents.sizes, true);
    for (const n of names) expect(has(tents.text, n), n).toBe(true);
    const turned = await tents.page.getByTestId('tent-upper').first().evaluate((e) => getComputedStyle(e).transform);
    expect(turned).toBe('matrix(-1, 0, 0, -1, 0, 0)');
    expect(await tents.page.getByTestId('tent-lower').first().evaluate((e) => getComputedStyle(e).transform)).toBe('none');

    // Two days × lunch and dinner × 24 people = 96 tickets, ten to a sheet.
    const tickets = await printToPdf(ctx, `/print/${f.meetingId}/meal-tickets`, 'meal-tickets');
    expect(tickets.pages).toBe(10);
    expectA4(tickets.sizes, false);
    expect(has(tickets.text, '午餐')).toBe(true);
    expect(has(tickets.text, 'No.0096')).toBe(true);

    const cards = await printToPdf(ctx, `/print/${f.meetingId}/seat-cards?plan=${f.plan.id}`, 'seat-cards');
    expect(cards.pages).toBe(3);
    expect(has(cards.text, '第6排8号')).toBe(true);
    expect(has(cards.text, '主席台第1排第3座')).toBe(true);

    const chart = await printToPdf(ctx, `/print/${f.meetingId}/seat-chart?plan=${f.plan.id}`, 'seat-chart');
    expect(chart.pages).toBe(1);
    expectA4(chart.sizes, true);
    for (const n of names) expect(has(chart.text, n), n).toBe(true);
    expect(has(chart.text, '预留')).toBe(true);
    // The printer hint fits the sheet: the chart is not folded like a table card.
    expect(await chart.page.locator('.hw-print-hint').innerText()).not.toContain('桌签');
    expect(await tents.page.locator('.hw-print-hint').innerText()).toContain('桌签沿中间虚线对折');

    const en = await printToPdf(await context('en'), `/print/${f.meetingId}/badges`, 'badges-en');
    expect(en.pages).toBe(6);
    const phone = await (await context('zh-CN', 390)).newPage();
    await phone.goto(`${j.baseUrl}/print/${f.meetingId}/badges`);
    await phone.getByTestId('print-page').waitFor();
    await phone.screenshot({ path: path.join(pdfDir, 'badges-390.png') });
  });
});
