/** i18next set up for zh-CN (first) and English; the chosen language is kept in the `huiwu_lang` cookie the server also reads. */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { toLang, type Lang } from '../../shared/errors';
import { MEETING_STATUSES, STATUS_LABELS } from '../../shared/meetings';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import noticesEn from '../locales/notices.en.json';
import noticesZh from '../locales/notices.zh-CN.json';
import rsvpEn from '../locales/rsvp.en.json';
import rsvpZh from '../locales/rsvp.zh-CN.json';
import agendaEn from '../locales/agenda.en.json';
import agendaZh from '../locales/agenda.zh-CN.json';
import tasksEn from '../locales/tasks.en.json';
import tasksZh from '../locales/tasks.zh-CN.json';
import materialsEn from '../locales/materials.en.json';
import materialsZh from '../locales/materials.zh-CN.json';
import playbookEditorEn from '../locales/playbookEditor.en.json';
import playbookEditorZh from '../locales/playbookEditor.zh-CN.json';
import timelineEn from '../locales/timeline.en.json';
import timelineZh from '../locales/timeline.zh-CN.json';
import coordinationEn from '../locales/coordination.en.json';
import coordinationZh from '../locales/coordination.zh-CN.json';
import checkinEn from '../locales/checkin.en.json';
import checkinZh from '../locales/checkin.zh-CN.json';
import seatingEn from '../locales/seating.en.json';
import seatingZh from '../locales/seating.zh-CN.json';
import printEn from '../locales/print.en.json';
import printZh from '../locales/print.zh-CN.json';
import incidentsEn from '../locales/incidents.en.json';
import incidentsZh from '../locales/incidents.zh-CN.json';

/** The cookie that carries the language to the server, so its error messages match the page. */
export const LANG_COOKIE = 'huiwu_lang';

/** Languages offered in the switch, in display order. */
export const LANGUAGES: readonly { lang: Lang; label: string }[] = [
  { lang: 'zh-CN', label: '中文' },
  { lang: 'en', label: 'English' },
];

// State names come from the shared table the server uses in its own messages, so they never disagree.
const statusNames = (lang: Lang) => Object.fromEntries(MEETING_STATUSES.map((s) => [s, STATUS_LABELS[s][lang]]));

/** The language stored in the cookie, if any. */
export function cookieLang(): Lang | undefined {
  const m = document.cookie.match(/(?:^|;\s*)huiwu_lang=([^;]+)/);
  return toLang(m ? decodeURIComponent(m[1]) : undefined);
}

function initialLang(): Lang {
  return cookieLang() ?? toLang(navigator.language) ?? 'zh-CN';
}

/** The shared i18next instance (also used outside React, e.g. by the API client). */
export const i18n = i18next.createInstance();

const startLang = initialLang();
void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...zhCN, ...noticesZh, ...rsvpZh, ...agendaZh, ...tasksZh, ...materialsZh, ...playbookEditorZh, ...timelineZh, ...coordinationZh, ...incidentsZh, ...checkinZh, ...seatingZh, ...printZh, status: statusNames('zh-CN') } },
    en: { translation: { ...en, ...noticesEn, ...rsvpEn, ...agendaEn, ...tasksEn, ...materialsEn, ...playbookEditorEn, ...timelineEn, ...coordinationEn, ...incidentsEn, ...checkinEn, ...seatingEn, ...printEn, status: statusNames('en') } },
  },
  lng: startLang,
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = lang === 'zh-CN' ? '会务 Huiwu' : 'Huiwu 会务';
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
}
applyDocumentLang(startLang);

/** The language the UI shows now. */
export function currentLang(): Lang {
  return toLang(i18n.language) ?? 'zh-CN';
}

/** Switches the UI (texts, antd and dayjs locale) and remembers the choice in the cookie for the server. */
export async function switchLanguage(lang: Lang): Promise<void> {
  document.cookie = `${LANG_COOKIE}=${encodeURIComponent(lang)}; path=/; max-age=31536000; samesite=lax`;
  applyDocumentLang(lang);
  await i18n.changeLanguage(lang);
}
