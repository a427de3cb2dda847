/** A plain list of rows (title, description, actions on the right) — antd's List is deprecated in v6 and Listy is a virtual list. */
import { Empty, Spin } from 'antd';
import type { Key, ReactNode } from 'react';

/** What one row shows. */
export type ItemRow = { title: ReactNode; description?: ReactNode; actions?: ReactNode[] };

/** Props: the items, their keys, how each renders, loading, and the text when there are none. */
export type ItemListProps<T> = { items: readonly T[]; rowKey: (item: T) => Key; render: (item: T) => ItemRow; loading?: boolean; empty: ReactNode; testId?: string };

/** The list; actions wrap under the text on narrow screens. */
export function ItemList<T>({ items, rowKey, render, loading, empty, testId }: ItemListProps<T>) {
  return (
    <Spin spinning={!!loading}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <ul className="hw-item-list" data-testid={testId}>
          {items.map((item) => {
            const row = render(item);
            const actions = (row.actions ?? []).filter(Boolean);
            return (
              <li key={rowKey(item)} className="hw-item">
                <div className="hw-item-main">
                  <div className="hw-item-title">{row.title}</div>
                  {row.description && <div className="hw-item-desc">{row.description}</div>}
                </div>
                {actions.length > 0 && <div className="hw-item-actions">{actions}</div>}
              </li>
            );
          })}
        </ul>
      )}
    </Spin>
  );
}
