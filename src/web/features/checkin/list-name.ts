/** The default check-in list's name in the reader's language (the server creates it with its Chinese name, the same for every reader). */
import { i18n } from '../../app/i18n';

/** The name the server gives the list it creates on first use. */
const DEFAULT_LIST_NAME = '主会场签到';

/** A list's name as shown: the default list's name translated, any other name as the organisers wrote it. */
export function listName(name: string): string {
  return name === DEFAULT_LIST_NAME ? i18n.t('checkin.lists.defaultName') : name;
}
