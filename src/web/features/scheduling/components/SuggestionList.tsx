/** The suggested times: when (in the organisation's zone), which room (others as alternatives), how many optional people are free. */
import { CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange } from '../../../../shared/time';
import { currentLang } from '../../../app/i18n';
import { ItemList } from '../../../app/ItemList';
import type { FindTimeResult, Suggestion } from '../api';

/** Suggestions shown before "show all". */
const SHOWN = 8;

/** Props: the answer, how many optional people were asked about, the zone, whether a room was wanted, and the pick. */
export type SuggestionListProps = {
  result: FindTimeResult;
  optionalCount: number;
  zone: string;
  withRoom: boolean;
  onApply: (s: Suggestion, venue?: { id: string; name: string }) => void;
};

/** The list, or why nothing fits. */
export function SuggestionList({ result, optionalCount, zone, withRoom, onApply }: SuggestionListProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [all, setAll] = useState(false);
  if (result.suggestions.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="find-time-empty"
        title={result.reasonMessage ?? (result.reason ? t(`findTime.reason.${result.reason}`) : t('findTime.nothing'))}
        description={t('findTime.nothingHint')}
      />
    );
  }
  const shown = all ? result.suggestions : result.suggestions.slice(0, SHOWN);
  return (
    <>
      <ItemList
        testId="find-time-suggestions"
        items={shown}
        rowKey={(s) => `${s.startAt}-${s.venueId ?? ''}`}
        empty={t('findTime.nothing')}
        render={(s) => ({
          title: <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatRange(s.startAt, s.endAt, zone, lang)}</span>,
          description: (
            <Flex vertical gap={4}>
              <Flex gap={6} wrap align="center">
                {withRoom && s.venueName && <Tag color="blue" style={{ marginInlineEnd: 0 }}>{s.venueName}</Tag>}
                {optionalCount > 0 && (
                  <Tooltip title={s.optionalFreeNames.length ? s.optionalFreeNames.join('、') : t('findTime.noOptionalFree')}>
                    <Tag color={s.optionalFree === optionalCount ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
                      {t('findTime.optionalFree', { free: s.optionalFree, total: optionalCount })}
                    </Tag>
                  </Tooltip>
                )}
              </Flex>
              {withRoom && s.otherVenues.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('findTime.otherRooms')}{' '}
                  {s.otherVenues.map((v, i) => (
                    <span key={v.id}>
                      {i > 0 && '、'}
                      <Typography.Link onClick={() => onApply(s, v)}>{v.name}</Typography.Link>
                    </span>
                  ))}
                </Typography.Text>
              )}
            </Flex>
          ),
          actions: [
            <Button key="use" size="small" type="primary" ghost icon={<CheckOutlined />}
              onClick={() => onApply(s, s.venueId && s.venueName ? { id: s.venueId, name: s.venueName } : undefined)}>
              {t('findTime.apply')}
            </Button>,
          ],
        })}
      />
      {!all && result.suggestions.length > SHOWN && (
        <Button type="link" onClick={() => setAll(true)} style={{ paddingInline: 0 }}>{t('findTime.showAll', { count: result.suggestions.length })}</Button>
      )}
    </>
  );
}
