/** The built-in wording of each notice kind, zh-CN in the formal notice style and en; an organisation may replace any. */
import type { NoticeKind } from './notices';

type Wording = { subject: string; body: string };

/** Built-in templates by kind and language. */
export const DEFAULT_TEMPLATES: Record<NoticeKind, { 'zh-CN': Wording; en: Wording }> = {
  meeting: {
    'zh-CN': {
      subject: '关于召开{{title}}的通知',
      body: [
        '{{name}}：',
        '为{{purpose}}，经研究，定于{{time}}召开{{title}}。现将有关事项通知如下：',
        '一、会议时间：{{time}}',
        '二、会议地点：{{place}}',
        '三、会议议程：{{agenda}}',
        '四、会议材料：{{materials}}',
        '五、参会准备：{{prepare}}',
        '六、请于{{deadline}}前通过以下链接填写参会回执：{{link}}',
        '联系人：{{contact}}',
        '{{org}}',
      ].join('\n'),
    },
    en: {
      subject: 'Notice: {{title}}',
      body: [
        'Dear {{name}},',
        'You are invited to {{title}}, held to {{purpose}}.',
        'Time: {{time}}',
        'Place: {{place}}',
        'Agenda: {{agenda}}',
        'Materials: {{materials}}',
        'Please prepare: {{prepare}}',
        'Please reply by {{deadline}} using your personal link: {{link}}',
        'Contact: {{contact}}',
        '{{org}}',
      ].join('\n'),
    },
  },
  logistics: {
    'zh-CN': {
      subject: '{{title}}会务通知',
      body: ['{{name}}：', '现将{{title}}会务安排通知如下：', '会议时间：{{time}}', '报到及会议地点：{{place}}', '请核对您的行程与住宿信息：{{link}}', '会务组联系人：{{contact}}', '{{org}}'].join('\n'),
    },
    en: {
      subject: 'Arrangements for {{title}}',
      body: ['Dear {{name}},', 'Here are the arrangements for {{title}}.', 'Time: {{time}}', 'Registration and venue: {{place}}', 'Please check your travel and lodging details: {{link}}', 'Contact: {{contact}}', '{{org}}'].join('\n'),
    },
  },
  change: {
    'zh-CN': {
      subject: '关于{{title}}有关事项变更的通知',
      body: ['{{name}}：', '因工作安排，{{title}}有关事项调整如下：', '{{change}}', '调整后会议时间：{{time}}', '调整后会议地点：{{place}}', '由此带来的不便，敬请谅解。请通过以下链接确认是否参会：{{link}}', '联系人：{{contact}}', '{{org}}'].join('\n'),
    },
    en: {
      subject: 'Change to {{title}}',
      body: ['Dear {{name}},', '{{title}} has changed:', '{{change}}', 'New time: {{time}}', 'New place: {{place}}', 'We apologise for the inconvenience. Please confirm whether you will attend: {{link}}', 'Contact: {{contact}}', '{{org}}'].join('\n'),
    },
  },
  reminder: {
    'zh-CN': {
      subject: '【提醒】{{title}}参会回执',
      body: ['{{name}}：', '{{title}}将于{{time}}在{{place}}召开，您尚未填写参会回执，请于{{deadline}}前填写：{{link}}', '{{org}}'].join('\n'),
    },
    en: {
      subject: 'Reminder: please reply for {{title}}',
      body: ['Dear {{name}},', '{{title}} takes place {{time}} at {{place}}. We have not had your reply yet; please answer by {{deadline}}: {{link}}', '{{org}}'].join('\n'),
    },
  },
};
