/** Notices (通知): query keys and hooks for a meeting's notices, one notice's flow, its deliveries, preview, templates and group robots. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createNoticeSchema, deliverySchema, Notice, NoticeKind, templateSchema, updateNoticeSchema } from '../../../shared/notices';
import { api } from '../../app/api-client';
import { meetingKeys } from '../meetings/api';
import { rsvpKeys } from './rsvp-api';

export type { Notice } from '../../../shared/notices';
/** Body of `POST /api/meetings/:id/notices`. */
export type CreateNoticeBody = z.input<typeof createNoticeSchema>;
/** Body of `PUT /api/notices/:id`. */
export type UpdateNoticeBody = z.input<typeof updateNoticeSchema>;
/** One delivery (recipient × channel). */
export type Delivery = z.infer<typeof deliverySchema>;
/** A notice template. */
export type NoticeTemplate = z.infer<typeof templateSchema>;
/** A group robot as `GET /api/channel-bots` lists it. */
export type ChannelBot = { id: string; platform: 'dingtalk' | 'wecom' | 'feishu'; name: string; webhookHost: string; signed: boolean; isActive: boolean };
/** What one recipient would receive. */
export type NoticePreview = { recipientName: string | null; subject: string; body: string };
/** Filter of the deliveries table. */
export type DeliveryFilter = { status?: string; channel?: string; limit: number; offset: number };
/** The flow actions of a notice (POST /api/notices/:id/<action>). */
export type NoticeAction = 'submit' | 'approve' | 'reject' | 'send' | 'cancel' | 'retry';

/** Query keys of this feature. */
export const noticeKeys = {
  all: ['notices'] as const,
  list: (meetingId: string) => [...noticeKeys.all, 'list', meetingId] as const,
  preview: (id: string, participantId?: string) => [...noticeKeys.all, 'preview', id, participantId ?? ''] as const,
  deliveries: (id: string, f?: DeliveryFilter) => [...noticeKeys.all, 'deliveries', id, ...(f ? [f] : [])] as const,
  templates: () => [...noticeKeys.all, 'templates'] as const,
  bots: () => [...noticeKeys.all, 'bots'] as const,
};

/** How often the list is read again while a notice is being sent. */
export const QUEUED_POLL_MS = 3000;

/** A meeting's notices; polled every 3 s while any is queued, so the progress moves on screen. */
export function useNotices(meetingId: string) {
  return useQuery({
    queryKey: noticeKeys.list(meetingId),
    queryFn: () => api.get<Notice[]>(`/api/meetings/${encodeURIComponent(meetingId)}/notices`),
    refetchInterval: (query) => (query.state.data?.some((n) => n.status === 'queued') ? QUEUED_POLL_MS : false),
  });
}

/** Drafts a notice. */
export function useCreateNotice(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateNoticeBody) => api.post<Notice>(`/api/meetings/${encodeURIComponent(meetingId)}/notices`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: noticeKeys.list(meetingId) }),
  });
}

/** Edits a draft or rejected notice at the version read. */
export function useUpdateNotice(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateNoticeBody }) => api.put<Notice>(`/api/notices/${encodeURIComponent(id)}`, input),
    onSuccess: (n) => {
      void client.invalidateQueries({ queryKey: noticeKeys.list(meetingId) });
      void client.invalidateQueries({ queryKey: [...noticeKeys.all, 'preview', n.id] });
    },
  });
}

/** Runs a flow action; sending a meeting notice also moves the meeting to 已通知, so the meeting is read again too. */
export function useNoticeAction(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: NoticeAction; reason?: string }) =>
      api.post<Notice>(`/api/notices/${encodeURIComponent(id)}/${action}`, action === 'reject' ? { reason } : {}),
    onSuccess: (_n, { action }) => {
      void client.invalidateQueries({ queryKey: noticeKeys.list(meetingId) });
      void client.invalidateQueries({ queryKey: [...noticeKeys.all, 'deliveries'] });
      if (action === 'send' || action === 'retry') {
        void client.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
        void client.invalidateQueries({ queryKey: rsvpKeys.dashboard(meetingId) });
      }
    },
  });
}

/** A page of a notice's deliveries; polled while the notice is still sending. */
export function useDeliveries(id: string | undefined, filter: DeliveryFilter, polling: boolean) {
  return useQuery({
    queryKey: noticeKeys.deliveries(id ?? '', filter),
    queryFn: () => api.get<{ items: Delivery[]; total: number }>(`/api/notices/${encodeURIComponent(id!)}/deliveries`, filter),
    enabled: !!id,
    placeholderData: keepPreviousData,
    refetchInterval: polling ? QUEUED_POLL_MS : false,
  });
}

/** What one participant (or the first of the audience) would receive, as the server renders it. */
export function useNoticePreview(id: string | undefined, participantId?: string) {
  return useQuery({
    queryKey: noticeKeys.preview(id ?? '', participantId),
    queryFn: () => api.get<NoticePreview>(`/api/notices/${encodeURIComponent(id!)}/preview`, { participantId }),
    enabled: !!id,
  });
}

/** The organisation's templates (or the built-in ones) of every kind and language. */
export function useNoticeTemplates() {
  return useQuery({ queryKey: noticeKeys.templates(), queryFn: () => api.get<NoticeTemplate[]>('/api/notice-templates'), staleTime: 5 * 60_000 });
}

/** The template of a kind in a language, if loaded. */
export function templateOf(list: readonly NoticeTemplate[] | undefined, kind: NoticeKind, locale: 'zh-CN' | 'en'): NoticeTemplate | undefined {
  return list?.find((x) => x.kind === kind && x.locale === locale);
}

/** Group robots to pick on a notice (only for those who write notices). */
export function useChannelBots(enabled: boolean) {
  return useQuery({ queryKey: noticeKeys.bots(), queryFn: () => api.get<ChannelBot[]>('/api/channel-bots'), enabled, staleTime: 60_000 });
}

/** Address of the formal notice as Word (GB/T 9704 layout, with the reply slip). */
export function noticeDocumentUrl(id: string): string {
  return `/api/notices/${encodeURIComponent(id)}/document.docx`;
}
